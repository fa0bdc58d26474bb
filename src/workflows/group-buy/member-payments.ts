import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  cancelMemberOrderStep,
  captureMemberPaymentStep,
  endGroupMemberStep,
  markMemberCapturedStep,
  markProtectionRefundedStep,
  refundMemberProtectionStep,
} from "./steps/member-payments"

export const captureGroupMemberWorkflowId = "capture-group-member"
/** A member of a succeeded group: capture the order's payment (once; see steps/member-payments.ts). */
export const captureGroupMemberWorkflow = createWorkflow(
  captureGroupMemberWorkflowId,
  (input: { member_id: string; now?: string }) => {
    const captured = captureMemberPaymentStep(input)
    markMemberCapturedStep(input)
    return new WorkflowResponse(captured)
  }
)

export const refundGroupMemberWorkflowId = "refund-group-member"
/**
 * A member of a failed group: the order is canceled (authorized payment voided, captured payment refunded) and
 * the member ends `canceled` or `refunded`, exactly once. Emits `group_buy.member_refunded` { id, group_id,
 * order_id, customer_id, amount, currency_code, reason: "group_failed" } when money was refunded.
 */
export const refundGroupMemberWorkflow = createWorkflow(
  refundGroupMemberWorkflowId,
  (input: { member_id: string; now?: string }) => {
    const canceled = cancelMemberOrderStep(input)
    const event = endGroupMemberStep(transform({ canceled, input }, ({ canceled, input }) => ({ ...canceled, now: input.now })))
    when({ event }, ({ event }) => !!event).then(() => {
      emitEventStep({ eventName: "group_buy.member_refunded", data: transform({ event }, ({ event }) => event!) })
    })
    return new WorkflowResponse(event)
  }
)

export const protectGroupMemberPriceWorkflowId = "protect-group-member-price"
/**
 * Price protection at close: the member who paid more than the final tier price gets `(paid − final) × qty`
 * back on their (captured) payment, once. Emits `group_buy.member_refunded` with reason "price_protection".
 */
export const protectGroupMemberPriceWorkflow = createWorkflow(
  protectGroupMemberPriceWorkflowId,
  (input: { member_id: string; now?: string }) => {
    captureMemberPaymentStep(input)
    markMemberCapturedStep(input)
    const refund = refundMemberProtectionStep(input)
    const event = markProtectionRefundedStep(transform({ refund, input }, ({ refund, input }) => ({ ...refund, now: input.now })))
    when({ event }, ({ event }) => !!event).then(() => {
      emitEventStep({ eventName: "group_buy.member_refunded", data: transform({ event }, ({ event }) => event!) })
    })
    return new WorkflowResponse(event)
  }
)
