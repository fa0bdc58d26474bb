import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartValidateHandlers } from "./registry"
import { compensateHandlers, runHandlers, type UndoLog } from "./run-handlers"

// The single handler of completeCartWorkflow.hooks.validate: see registry.ts.
completeCartWorkflow.hooks.validate(
  async (input, { container }) => {
    const done = await runHandlers(completeCartValidateHandlers, input as any, container)
    return new StepResponse(undefined, done)
  },
  async (done: UndoLog | undefined, { container }) => {
    await compensateHandlers(completeCartValidateHandlers, done, container)
  }
)
