import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStoreSettings } from "../../../../../lib/store-settings"
import { requestCommissionWithdrawalWorkflow } from "../../../../../workflows/commission"
import { commissionService } from "../../../../../workflows/commission/utils/commission-service"
import { presentWithdrawal } from "../../../commissions/helpers"
import { getRequestLeader } from "../../context"
import type { LeaderListWithdrawalsType, RequestWithdrawalType } from "../validators"

/** GET /admin/leader/commissions/withdrawals: my withdrawal requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LeaderListWithdrawalsType>, res: MedusaResponse) => {
  const { limit, offset, status } = req.validatedQuery as LeaderListWithdrawalsType
  const leader = getRequestLeader(req)
  const { withdrawals, count } = await commissionService(req.scope).listWithdrawalRows(
    { customer_id: leader.customer_id, ...(status ? { status } : {}) },
    { offset, limit }
  )
  res.json({ withdrawals: withdrawals.map(presentWithdrawal), count, offset, limit })
}

/** POST /admin/leader/commissions/withdrawals: withdraw part of my available balance (finance pays it out). */
export const POST = async (req: AuthenticatedMedusaRequest<RequestWithdrawalType>, res: MedusaResponse) => {
  const leader = getRequestLeader(req)
  const { amount, currency_code, payee } = req.validatedBody
  const { result } = await requestCommissionWithdrawalWorkflow(req.scope).run({
    input: {
      customer_id: leader.customer_id,
      leader_id: leader.id,
      currency_code: (currency_code ?? getStoreSettings().currencyCode).toLowerCase(),
      amount: String(amount),
      payee: payee ?? leader.phone ?? null,
      requested_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ withdrawal: presentWithdrawal(result) })
}
