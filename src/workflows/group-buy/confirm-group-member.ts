import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { confirmGroupMemberStep } from "./steps/group-transitions"

export const confirmGroupMemberWorkflowId = "confirm-group-member"

/**
 * An order was placed: its cart's pending member becomes confirmed (order_id set). Emits
 * `group_buy.member_joined` { id, group_id, campaign_id, customer_id, order_id } and, when the group reached
 * its first tier with this member, `group_buy.succeeded` { id, kind, campaign_id, pickup_point_id, member_ids,
 * member_order_ids } (captures follow from that event). Idempotent: a replay emits nothing.
 */
export const confirmGroupMemberWorkflow = createWorkflow(
  confirmGroupMemberWorkflowId,
  (input: { order_id: string; now?: string }) => {
    const confirmed = confirmGroupMemberStep(input)
    when({ confirmed }, ({ confirmed }) => !!confirmed?.joined).then(() => {
      emitEventStep({
        eventName: "group_buy.member_joined",
        data: transform({ confirmed }, ({ confirmed }) => confirmed!.joined!),
      }).config({ name: "emit-member-joined" })
    })
    when({ confirmed }, ({ confirmed }) => !!confirmed?.succeeded).then(() => {
      emitEventStep({
        eventName: "group_buy.succeeded",
        data: transform({ confirmed }, ({ confirmed }) => confirmed!.succeeded!),
      }).config({ name: "emit-group-succeeded" })
    })
    return new WorkflowResponse(confirmed)
  }
)
