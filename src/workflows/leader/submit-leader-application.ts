import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createApplicationStep } from "./steps/create-application"
import { validateNotLeaderStep } from "./steps/validate-not-leader"
import type { SubmitLeaderApplicationInput } from "./types"

export const submitLeaderApplicationWorkflowId = "submit-leader-application"

export const submitLeaderApplicationWorkflow = createWorkflow(
  submitLeaderApplicationWorkflowId,
  (input: SubmitLeaderApplicationInput) => {
    validateNotLeaderStep({ customer_id: input.customer_id })
    const application = createApplicationStep(input)
    emitEventStep({
      eventName: "leader.application_submitted",
      data: { id: application.id, customer_id: input.customer_id },
    })
    return new WorkflowResponse(application)
  }
)
