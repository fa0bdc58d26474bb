import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideCommissionWithdrawalWorkflow } from "../../../../../../workflows/commission"
import { presentWithdrawal } from "../../../helpers"
import type { AdminRejectWithdrawalType } from "../../../validators"

/** POST /admin/commissions/withdrawals/:id/reject: the amount returns to the beneficiary's available balance. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectWithdrawalType>, res: MedusaResponse) => {
  const { result } = await decideCommissionWithdrawalWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "rejected", reason: req.validatedBody.reason, decided_by: req.auth_context.actor_id },
  })
  res.json({ withdrawal: presentWithdrawal(result) })
}
