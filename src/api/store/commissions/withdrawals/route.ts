import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStoreSettings } from "../../../../lib/store-settings"
import { requestCommissionWithdrawalWorkflow } from "../../../../workflows/commission"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { asPerson } from "../../../../workflows/commission/utils/people"
import { presentWithdrawal } from "../../../admin/commissions/helpers"
import type { StoreListWithdrawalsType, StoreRequestWithdrawalType } from "../validators"

/** GET /store/commissions/withdrawals: my withdrawal requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListWithdrawalsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListWithdrawalsType
  const { withdrawals, count } = await commissionService(req.scope).listWithdrawalRows({ customer_id: req.auth_context.actor_id }, { offset, limit })
  res.json({ withdrawals: withdrawals.map(presentWithdrawal), count, offset, limit })
}

/**
 * POST /store/commissions/withdrawals: a referrer who is not a leader withdraws their referral commission
 * (leaders may use this or their leader pages: it is the same balance).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestWithdrawalType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { amount, currency_code, payee } = req.validatedBody
  const person = await asPerson(req.scope, customerId)
  const { result } = await requestCommissionWithdrawalWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      leader_id: person.leader_id,
      currency_code: (currency_code ?? getStoreSettings().currencyCode).toLowerCase(),
      amount: String(amount),
      payee: payee ?? null,
      requested_by: customerId,
    },
  })
  res.status(201).json({ withdrawal: presentWithdrawal(result) })
}
