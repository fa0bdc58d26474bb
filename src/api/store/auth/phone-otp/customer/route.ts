import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { conflict } from "../../../../../lib/errors"
import { createPhoneCustomerWorkflow } from "../../../../../workflows/account"
import type { StoreCreatePhoneCustomerType } from "../../validators"

/**
 * POST /store/auth/phone-otp/customer: creates the customer of a phone registration (token from
 * POST /auth/customer/phone-otp/register), with the verified phone. Then POST /auth/token/refresh gives the
 * customer's token.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreatePhoneCustomerType>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw conflict("customer_exists", "This token already belongs to a customer")
  }
  const { result } = await createPhoneCustomerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, customer: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "phone", "first_name", "last_name", "has_account"],
    filters: { id: result.id },
  })
  res.status(200).json({ customer: data[0] })
}
