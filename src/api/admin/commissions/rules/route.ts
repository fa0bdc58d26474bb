import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommissionRuleWorkflow } from "../../../../workflows/commission"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import type { AdminCreateCommissionRuleType, AdminListCommissionRulesType } from "../validators"
import { presentRules } from "./helpers"

/** GET /admin/commissions/rules: rules, most specific scope first, newest first within a scope. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCommissionRulesType>, res: MedusaResponse) => {
  const { scope, target_id, limit, offset } = req.validatedQuery as AdminListCommissionRulesType
  const [rules, count] = await commissionService(req.scope).listAndCountCommissionRules(
    { ...(scope ? { scope } : {}), ...(target_id ? { target_id } : {}) },
    { take: limit, skip: offset, order: { scope: "DESC", created_at: "DESC", id: "DESC" } }
  )
  res.json({ rules: await presentRules(req.scope, rules), count, offset, limit })
}

/** POST /admin/commissions/rules: a rate rule for everything, a category, a product or a leader. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>, res: MedusaResponse) => {
  const { result } = await createCommissionRuleWorkflow(req.scope).run({ input: req.validatedBody })
  const [rule] = await presentRules(req.scope, [result])
  res.status(201).json({ rule })
}
