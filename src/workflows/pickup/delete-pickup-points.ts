import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePickupPointsStep } from "./steps/delete-pickup-points"

export const deletePickupPointsWorkflowId = "delete-pickup-points"

export const deletePickupPointsWorkflow = createWorkflow(deletePickupPointsWorkflowId, (input: { ids: string[] }) => {
  const ids = deletePickupPointsStep(input.ids)
  return new WorkflowResponse(ids)
})
