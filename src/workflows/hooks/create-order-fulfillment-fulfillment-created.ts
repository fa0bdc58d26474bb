import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { fulfillmentCreatedHandlers } from "./registry"
import { compensateHandlers, runHandlers, type UndoLog } from "./run-handlers"

// The single handler of createOrderFulfillmentWorkflow.hooks.fulfillmentCreated: see registry.ts. A handler that
// throws undoes the fulfillment (the workflow compensates its earlier steps).
createOrderFulfillmentWorkflow.hooks.fulfillmentCreated(
  async (input, { container }) => {
    const done = await runHandlers(fulfillmentCreatedHandlers, input as any, container)
    return new StepResponse(undefined, done)
  },
  async (done: UndoLog | undefined, { container }) => {
    await compensateHandlers(fulfillmentCreatedHandlers, done, container)
  }
)
