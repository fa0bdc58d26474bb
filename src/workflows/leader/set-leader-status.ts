import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updatePickupPointsStep } from "../pickup/steps/update-pickup-points"
import { getLeaderForStatusChangeStep } from "./steps/get-leader-for-status-change"
import { updateLeaderStep } from "./steps/update-leader"

export const suspendLeaderWorkflowId = "suspend-leader"

/** Suspends an active leader: locked out of the leader pages, their point paused (no new pickup orders). */
export const suspendLeaderWorkflow = createWorkflow(
  suspendLeaderWorkflowId,
  (input: { leader_id: string; reason: string }) => {
    const { leader, point } = getLeaderForStatusChangeStep({ leader_id: input.leader_id, expect: "active" })
    const patch = transform({ input }, ({ input }) => ({
      id: input.leader_id,
      status: "suspended" as const,
      suspended_at: new Date(),
      suspension_reason: input.reason,
    }))
    const updated = updateLeaderStep(patch)
    when({ point }, ({ point }) => point?.status === "active").then(() => {
      updatePickupPointsStep(transform({ point }, ({ point }) => [{ id: point!.id, status: "paused" as const }]))
    })
    emitEventStep({
      eventName: "leader.suspended",
      data: transform({ leader }, ({ leader }) => ({ id: leader.id, customer_id: leader.customer_id })),
    })
    return new WorkflowResponse(updated)
  }
)

export const reinstateLeaderWorkflowId = "reinstate-leader"

/** Reinstates a suspended leader; their point takes orders again if it was paused. */
export const reinstateLeaderWorkflow = createWorkflow(
  reinstateLeaderWorkflowId,
  (input: { leader_id: string }) => {
    const { leader, point } = getLeaderForStatusChangeStep({ leader_id: input.leader_id, expect: "suspended" })
    const patch = transform({ input }, ({ input }) => ({
      id: input.leader_id,
      status: "active" as const,
      suspended_at: null,
      suspension_reason: null,
    }))
    const updated = updateLeaderStep(patch)
    when({ point }, ({ point }) => point?.status === "paused").then(() => {
      updatePickupPointsStep(transform({ point }, ({ point }) => [{ id: point!.id, status: "active" as const }]))
    })
    emitEventStep({
      eventName: "leader.reinstated",
      data: transform({ leader }, ({ leader }) => ({ id: leader.id, customer_id: leader.customer_id })),
    })
    return new WorkflowResponse(updated)
  }
)
