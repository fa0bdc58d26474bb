import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPickupPointsStep } from "./steps/create-pickup-points"
import type { CreatePickupPointInput } from "./types"

export const createPickupPointsWorkflowId = "create-pickup-points"

export const createPickupPointsWorkflow = createWorkflow(
  createPickupPointsWorkflowId,
  (input: { points: CreatePickupPointInput[] }) => {
    const points = createPickupPointsStep(input.points)
    return new WorkflowResponse(points)
  }
)
