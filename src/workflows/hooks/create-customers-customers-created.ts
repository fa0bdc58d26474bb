import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { customersCreatedHandlers } from "./registry"
import { compensateHandlers, runHandlers, type UndoLog } from "./run-handlers"

// The single handler of createCustomersWorkflow.hooks.customersCreated: see registry.ts. A handler that
// throws undoes the customer creation (the Store API answers with the handler's error).
createCustomersWorkflow.hooks.customersCreated(
  async (input, { container }) => {
    const done = await runHandlers(customersCreatedHandlers, input as any, container)
    return new StepResponse(undefined, done)
  },
  async (done: UndoLog | undefined, { container }) => {
    await compensateHandlers(customersCreatedHandlers, done, container)
  }
)
