import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimApplicationStep } from "./steps/claim-application"

export const rejectLeaderApplicationWorkflowId = "reject-leader-application"

export const rejectLeaderApplicationWorkflow = createWorkflow(
  rejectLeaderApplicationWorkflowId,
  (input: { application_id: string; reason: string; reviewed_by: string }) => {
    const application = claimApplicationStep({
      id: input.application_id,
      to: "rejected",
      reviewed_by: input.reviewed_by,
      rejection_reason: input.reason,
    })
    emitEventStep({
      eventName: "leader.application_rejected",
      data: { id: input.application_id, customer_id: application.customer_id },
    })
    return new WorkflowResponse(application)
  }
)

export const withdrawLeaderApplicationWorkflowId = "withdraw-leader-application"

export const withdrawLeaderApplicationWorkflow = createWorkflow(
  withdrawLeaderApplicationWorkflowId,
  (input: { application_id: string; customer_id: string }) => {
    const application = claimApplicationStep({
      id: input.application_id,
      to: "withdrawn",
      customer_id: input.customer_id,
    })
    return new WorkflowResponse(application)
  }
)
