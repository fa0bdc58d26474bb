import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePickupPointsStep } from "./steps/update-pickup-points"
import type { UpdatePickupPointInput } from "./types"

export const updatePickupPointsWorkflowId = "update-pickup-points"

export const updatePickupPointsWorkflow = createWorkflow(
  updatePickupPointsWorkflowId,
  (input: { points: UpdatePickupPointInput[] }) => {
    const points = updatePickupPointsStep(input.points)
    return new WorkflowResponse(points)
  }
)
