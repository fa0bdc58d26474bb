import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { autoFillGroupStep, closeGroupStep, failGroupStep } from "./steps/group-transitions"

type TransitionInput = { group_id: string; now?: string; reason?: string | null; ended_by?: string | null; force?: boolean }

export const failGroupWorkflowId = "fail-group"
/**
 * open → failed (expired below the first tier, or an operator's "fail now" with a reason). Emits
 * `group_buy.failed` { id, kind, campaign_id, pickup_point_id, member_ids, member_order_ids, reason }. The
 * members' orders are canceled and refunded one by one afterwards (refundGroupMemberWorkflow, by the job).
 * Returns null when the group was not in a state to fail (already failed, a payer in flight, not due).
 */
export const failGroupWorkflow = createWorkflow(failGroupWorkflowId, (input: TransitionInput) => {
  const failed = failGroupStep(input)
  when({ failed }, ({ failed }) => !!failed).then(() => {
    emitEventStep({ eventName: "group_buy.failed", data: transform({ failed }, ({ failed }) => failed!) })
  })
  return new WorkflowResponse(failed)
})

export const closeGroupWorkflowId = "close-group"
/**
 * succeeded → closed (full, expired, or an operator's "close now"): fixes the final tier price and each
 * member's price protection. Emits `group_buy.closed` { id, kind, campaign_id, pickup_point_id, member_ids,
 * member_order_ids, final_unit_price, currency_code }. The refunds follow per member (the job).
 */
export const closeGroupWorkflow = createWorkflow(closeGroupWorkflowId, (input: TransitionInput) => {
  const closed = closeGroupStep(input)
  when({ closed }, ({ closed }) => !!closed).then(() => {
    emitEventStep({
      eventName: "group_buy.closed",
      data: transform({ closed }, ({ closed }) => {
        const { end_reason: _reason, ...data } = closed!
        return data
      }),
    })
  })
  return new WorkflowResponse(closed)
})

export const autoFillGroupWorkflowId = "auto-fill-group"
/**
 * 模拟成团: an expired group of an auto-fill campaign that is at most one member (team) or one unit (community)
 * short succeeds, marked `auto_filled`. Emits `group_buy.succeeded`; the job closes it right after.
 */
export const autoFillGroupWorkflow = createWorkflow(autoFillGroupWorkflowId, (input: { group_id: string; now?: string }) => {
  const filled = autoFillGroupStep(input)
  when({ filled }, ({ filled }) => !!filled).then(() => {
    emitEventStep({ eventName: "group_buy.succeeded", data: transform({ filled }, ({ filled }) => filled!) })
  })
  return new WorkflowResponse(filled)
})
