import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bindReferralWorkflow } from "../../../../workflows/coupon"
import type { StoreBindReferralType } from "../validators"

/** POST /store/referrals/bind { code }: a new customer (no order yet) names who invited them. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreBindReferralType>, res: MedusaResponse) => {
  const { result } = await bindReferralWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code, source: req.validatedBody.source },
  })
  res.status(201).json({ referral: { id: result.id, code: result.code, source: result.source, created_at: result.created_at } })
}
