import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { notFound } from "../../../lib/errors"
import { roundMoney } from "../../../lib/money"
import type { MemberRow } from "../../../modules/group-buy/types"
import { failedGroupRefundNote, orderPaymentState, protectionRefundNote } from "../utils/payments"
import { clock, groupBuyService } from "../utils/service"

/**
 * One member's money. Every step first reads the payment as it is now (utils/payments.ts) and only does what
 * is still missing, so a retry after an error, a crash or another worker never captures or refunds twice.
 * Money that moved cannot be "compensated" away, so these steps have no compensation: a failure leaves the
 * member as it was and the expiry job retries it.
 */

export type MemberMoneyEvent = {
  id: string
  group_id: string
  order_id: string
  customer_id: string
  amount: number
  currency_code: string
  reason: "group_failed" | "price_protection"
}

async function loadMember(container: Parameters<typeof groupBuyService>[0], memberId: string): Promise<MemberRow> {
  const m = await groupBuyService(container).memberRow(memberId)
  if (!m) {
    throw notFound("member_not_found", `Group member ${memberId} was not found`)
  }
  return m
}

export const captureMemberPaymentStepId = "capture-member-payment"
/** Captures the member's order payment unless it is captured already (e.g. a provider capturing at checkout). */
export const captureMemberPaymentStep = createStep(
  captureMemberPaymentStepId,
  async (input: { member_id: string }, { container }) => {
    const member = await loadMember(container, input.member_id)
    if (member.status !== "confirmed" || !member.order_id) {
      // Canceled or refunded meanwhile (an operator canceled the order): nothing to capture.
      return new StepResponse({ member_id: member.id, captured_now: false, skipped: true })
    }
    const state = await orderPaymentState(container, member.order_id)
    if (!state.payment_id) {
      throw notFound("payment_not_found", `Order ${member.order_id} has no payment to capture`)
    }
    let capturedNow = false
    if (!state.captured) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: state.payment_id, captured_by: "group_buy" } })
      capturedNow = true
    }
    return new StepResponse({ member_id: member.id, captured_now: capturedNow, skipped: false })
  }
)

export const markMemberCapturedStepId = "mark-member-captured"
export const markMemberCapturedStep = createStep(
  markMemberCapturedStepId,
  async (input: { member_id: string; now?: string }, { container }) => {
    await groupBuyService(container).markCaptured(input.member_id, clock(input.now))
    return new StepResponse(input.member_id)
  }
)

export const cancelMemberOrderStepId = "cancel-member-order"
/**
 * A failed group's member: cancels the order unless it is canceled already (Medusa's cancelOrderWorkflow voids
 * an authorized payment and refunds a captured one), then makes sure the money really came back: in 2.21.2
 * the workflow only logs a provider's refund or void error and still cancels the order, so a captured payment
 * not fully refunded is refunded here (its own note), an authorization not voided is voided here, and an error
 * now throws (the member stays confirmed and the job retries; the canceled order is not canceled twice).
 */
export const cancelMemberOrderStep = createStep(
  cancelMemberOrderStepId,
  async (input: { member_id: string }, { container }) => {
    const member = await loadMember(container, input.member_id)
    if (!["pending", "confirmed"].includes(member.status) || !member.order_id) {
      return new StepResponse({ member, skip: true, status: "canceled" as const, refunded_now: "0" })
    }
    const before = await orderPaymentState(container, member.order_id)
    if (before.order_status !== "canceled") {
      await cancelOrderWorkflow(container).run({ input: { order_id: member.order_id, canceled_by: "group_buy" } })
    }
    let after = await orderPaymentState(container, member.order_id)
    if (after.payment_id && after.captured) {
      const missing = MathBN.sub(after.captured_amount, after.refunded_amount)
      if (missing.gt(0)) {
        // refundPaymentWorkflow refuses a canceled order: refund through the payment module and record the order
        // transaction, as that workflow would.
        const note = failedGroupRefundNote(member.id)
        const payment = await container.resolve(Modules.PAYMENT).refundPayment({
          payment_id: after.payment_id,
          amount: missing.toString(),
          note,
          created_by: "group_buy",
        })
        const refund = (payment.refunds ?? []).find((r) => r.note === note)
        await container.resolve(Modules.ORDER).addOrderTransactions({
          order_id: member.order_id,
          amount: missing.negated().toString(),
          currency_code: after.currency_code,
          reference: "refund",
          reference_id: refund?.id ?? after.payment_id,
        })
        after = await orderPaymentState(container, member.order_id)
      }
    } else if (after.payment_id && !after.canceled) {
      await container.resolve(Modules.PAYMENT).cancelPayment(after.payment_id)
      after = await orderPaymentState(container, member.order_id)
    }
    // Everything refunded on this payment beyond what the member already had back (price protection).
    const refundedNow = MathBN.max(MathBN.sub(after.refunded_amount, member.refunded_amount ?? 0), 0)
    return new StepResponse({
      member,
      skip: false,
      status: after.captured ? ("refunded" as const) : ("canceled" as const),
      refunded_now: MathBN.convert(roundMoney(refundedNow, member.currency_code)).toString(),
    })
  }
)

export const endGroupMemberStepId = "end-group-member"
/** Records the member's end (refunded or canceled) once; the event data when money came back now. */
export const endGroupMemberStep = createStep(
  endGroupMemberStepId,
  async (
    input: { member: MemberRow; skip: boolean; status: "refunded" | "canceled"; refunded_now: string; now?: string },
    { container }
  ) => {
    if (input.skip) {
      return new StepResponse(null as MemberMoneyEvent | null)
    }
    const changed = await groupBuyService(container).markMemberEnded({
      member_id: input.member.id,
      status: input.status,
      refunded: input.refunded_now,
      at: clock(input.now),
    })
    const event: MemberMoneyEvent | null =
      changed && MathBN.gt(input.refunded_now, 0)
        ? {
            id: input.member.id,
            group_id: input.member.group_id,
            order_id: input.member.order_id!,
            customer_id: input.member.customer_id,
            amount: Number(input.refunded_now),
            currency_code: input.member.currency_code,
            reason: "group_failed",
          }
        : null
    return new StepResponse(event)
  }
)

export const refundMemberProtectionStepId = "refund-member-protection"
/**
 * Price protection at close: refunds the member's `protection_amount` on the captured payment, once (a refund
 * carrying this member's note is recognised on a retry).
 */
export const refundMemberProtectionStep = createStep(
  refundMemberProtectionStepId,
  async (input: { member_id: string }, { container }) => {
    const member = await loadMember(container, input.member_id)
    const due = MathBN.convert(member.protection_amount ?? 0)
    if (member.status !== "confirmed" || !member.order_id || !due.gt(0) || member.protection_refunded_at) {
      return new StepResponse({ member_id: member.id, refunded: false })
    }
    const state = await orderPaymentState(container, member.order_id)
    const note = protectionRefundNote(member.id)
    if (!state.refund_notes.includes(note)) {
      await refundPaymentWorkflow(container).run({
        input: { payment_id: state.payment_id!, amount: due.toString(), note, created_by: "group_buy" },
      })
    }
    return new StepResponse({ member_id: member.id, refunded: true })
  }
)

export const markProtectionRefundedStepId = "mark-protection-refunded"
export const markProtectionRefundedStep = createStep(
  markProtectionRefundedStepId,
  async (input: { member_id: string; refunded: boolean; now?: string }, { container }) => {
    if (!input.refunded) {
      return new StepResponse(null as MemberMoneyEvent | null)
    }
    const service = groupBuyService(container)
    const changed = await service.markProtectionRefunded(input.member_id, clock(input.now))
    if (!changed) {
      return new StepResponse(null as MemberMoneyEvent | null)
    }
    const m = await loadMember(container, input.member_id)
    return new StepResponse({
      id: m.id,
      group_id: m.group_id,
      order_id: m.order_id!,
      customer_id: m.customer_id,
      amount: Number(MathBN.convert(m.protection_amount ?? 0).toString()),
      currency_code: m.currency_code,
      reason: "price_protection",
    } as MemberMoneyEvent | null)
  }
)
