import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { addShippingMethodValidateHandlers } from "./registry"
import { compensateHandlers, runHandlers, type UndoLog } from "./run-handlers"

// The single handler of addShippingMethodToCartWorkflow.hooks.validate: see registry.ts.
addShippingMethodToCartWorkflow.hooks.validate(
  async (input, { container }) => {
    const done = await runHandlers(addShippingMethodValidateHandlers, input as any, container)
    return new StepResponse(undefined, done)
  },
  async (done: UndoLog | undefined, { container }) => {
    await compensateHandlers(addShippingMethodValidateHandlers, done, container)
  }
)
