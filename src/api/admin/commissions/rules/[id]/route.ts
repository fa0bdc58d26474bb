import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { deleteCommissionRuleWorkflow, updateCommissionRuleWorkflow } from "../../../../../workflows/commission"
import { commissionService } from "../../../../../workflows/commission/utils/commission-service"
import type { AdminUpdateCommissionRuleType } from "../../validators"
import { presentRules } from "../helpers"

async function view(req: AuthenticatedMedusaRequest) {
  const [rule] = await commissionService(req.scope).listCommissionRules({ id: req.params.id }, { take: 1 })
  if (!rule) throw notFound("commission_rule_not_found", `Commission rule ${req.params.id} was not found`)
  const [presented] = await presentRules(req.scope, [rule])
  return presented
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ rule: await view(req) })
}

/** POST /admin/commissions/rules/:id: change rates, note or active flag (past accruals keep their rate). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>, res: MedusaResponse) => {
  await updateCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, values: req.validatedBody } })
  res.json({ rule: await view(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
