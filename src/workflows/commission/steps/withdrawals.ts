import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DecideWithdrawalInput, RequestWithdrawalInput, WithdrawalRow } from "../../../modules/commission/types"
import { commissionService } from "../utils/commission-service"

export const requestWithdrawalStepId = "request-commission-withdrawal"

/** Holds the amount out of the available balance; compensation rejects the request (the amount returns). */
export const requestWithdrawalStep = createStep(
  requestWithdrawalStepId,
  async (input: RequestWithdrawalInput, { container }) => {
    const row: WithdrawalRow = await commissionService(container).requestWithdrawal(input)
    return new StepResponse(row, row.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await commissionService(container).decideWithdrawal({ id, decision: "rejected", reason: "request_failed", decided_by: "system" })
  }
)

export const decideWithdrawalStepId = "decide-commission-withdrawal"

/** Finance's decision, exactly once. No compensation: a payout that was made stays made. */
export const decideWithdrawalStep = createStep(decideWithdrawalStepId, async (input: DecideWithdrawalInput, { container }) => {
  const row: WithdrawalRow = await commissionService(container).decideWithdrawal(input)
  return new StepResponse(row)
})
