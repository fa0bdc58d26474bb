import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideCommissionWithdrawalWorkflow } from "../../../../../../workflows/commission"
import { presentWithdrawal } from "../../../helpers"
import type { AdminApproveWithdrawalType } from "../../../validators"

/** POST /admin/commissions/withdrawals/:id/approve: finance paid it out; records the payout's reference. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminApproveWithdrawalType>, res: MedusaResponse) => {
  const { result } = await decideCommissionWithdrawalWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "paid", reference: req.validatedBody.reference, decided_by: req.auth_context.actor_id },
  })
  res.json({ withdrawal: presentWithdrawal(result) })
}
