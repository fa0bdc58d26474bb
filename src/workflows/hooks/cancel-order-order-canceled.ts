import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderCanceledHandlers } from "./registry"
import { compensateHandlers, runHandlers, type UndoLog } from "./run-handlers"

// The single handler of cancelOrderWorkflow.hooks.orderCanceled: see registry.ts.
cancelOrderWorkflow.hooks.orderCanceled(
  async (input, { container }) => {
    const done = await runHandlers(orderCanceledHandlers, input as any, container)
    return new StepResponse(undefined, done)
  },
  async (done: UndoLog | undefined, { container }) => {
    await compensateHandlers(orderCanceledHandlers, done, container)
  }
)
