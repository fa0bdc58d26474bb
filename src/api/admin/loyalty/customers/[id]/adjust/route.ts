import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { adjustCustomerPointsWorkflow } from "../../../../../../workflows/loyalty"
import { assertCustomer, presentAdminEntry } from "../../../helpers"
import type { AdminAdjustPointsType } from "../../../validators"

/** POST /admin/loyalty/customers/:id/adjust { points, reason, reference? }: add (or take) points, audited. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAdjustPointsType>, res: MedusaResponse) => {
  const customerId = req.params.id
  await assertCustomer(req.scope, customerId)
  const { points, reason, reference } = req.validatedBody
  const { result } = await adjustCustomerPointsWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      points,
      reason,
      reference: reference ?? generateEntityId(undefined, "adj"),
      created_by: req.auth_context.actor_id,
    },
  })
  res.status(result.created ? 201 : 200).json({
    entry: result.entry ? presentAdminEntry(result.entry) : null,
    created: result.created,
    balance: result.balance,
  })
}
