import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { beneficiaryNames, presentWithdrawal } from "../helpers"
import type { AdminListWithdrawalsType } from "../validators"

/** GET /admin/commissions/withdrawals: the queue (status=requested: oldest first) and the history. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListWithdrawalsType>, res: MedusaResponse) => {
  const { limit, offset, ...filters } = req.validatedQuery as AdminListWithdrawalsType
  const { withdrawals, count } = await commissionService(req.scope).listWithdrawalRows(filters, { offset, limit })
  const names = await beneficiaryNames(req.scope, withdrawals.map((w) => w.customer_id))
  res.json({
    withdrawals: withdrawals.map((w) => ({ ...presentWithdrawal(w), beneficiary_name: names.get(w.customer_id) ?? null, decided_by: w.decided_by })),
    count,
    offset,
    limit,
  })
}
