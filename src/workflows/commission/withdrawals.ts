import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { DecideWithdrawalInput, RequestWithdrawalInput } from "../../modules/commission/types"
import { decideWithdrawalStep, requestWithdrawalStep } from "./steps/withdrawals"

export const requestCommissionWithdrawalWorkflowId = "request-commission-withdrawal"

/**
 * A beneficiary asks to be paid part of their available balance: minimum and fee from the settings; never
 * more than available, whatever the concurrency (`insufficient_balance`). Emits
 * `commission.withdrawal_requested` { id, customer_id, leader_id, amount, currency_code }.
 */
export const requestCommissionWithdrawalWorkflow = createWorkflow(
  requestCommissionWithdrawalWorkflowId,
  (input: RequestWithdrawalInput) => {
    const withdrawal = requestWithdrawalStep(input)
    emitEventStep({
      eventName: "commission.withdrawal_requested",
      data: transform({ withdrawal }, ({ withdrawal }) => ({
        id: withdrawal.id,
        customer_id: withdrawal.customer_id,
        leader_id: withdrawal.leader_id,
        amount: Number(withdrawal.amount),
        currency_code: withdrawal.currency_code,
      })),
    })
    return new WorkflowResponse(withdrawal)
  }
)

export const decideCommissionWithdrawalWorkflowId = "decide-commission-withdrawal"

/**
 * Finance marks a requested withdrawal paid (with the payout's reference) or rejects it (the amount returns
 * to available). Exactly once: a second decision answers 409 `withdrawal_already_decided`. Emits
 * `commission.withdrawal_paid` or `commission.withdrawal_rejected` { id, customer_id, amount, currency_code }.
 */
export const decideCommissionWithdrawalWorkflow = createWorkflow(
  decideCommissionWithdrawalWorkflowId,
  (input: DecideWithdrawalInput) => {
    const withdrawal = decideWithdrawalStep(input)
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.decision === "paid" ? "commission.withdrawal_paid" : "commission.withdrawal_rejected"
      ),
      data: transform({ withdrawal }, ({ withdrawal }) => ({
        id: withdrawal.id,
        customer_id: withdrawal.customer_id,
        amount: Number(withdrawal.amount),
        currency_code: withdrawal.currency_code,
        reference: withdrawal.reference,
      })),
    })
    return new WorkflowResponse(withdrawal)
  }
)
