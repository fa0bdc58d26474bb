import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentClaim } from "../../../../../../modules/coupon/utils/present"
import { claimCouponWorkflow } from "../../../../../../workflows/coupon"
import { couponService } from "../../../../../../workflows/coupon/utils/coupon-service"

/** POST /store/coupons/templates/:id/claim: claim one coupon into the customer's wallet. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await claimCouponWorkflow(req.scope).run({
    input: { template_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const claim = await couponService(req.scope).retrieveCouponClaim(result.id, { relations: ["template"] })
  res.status(201).json({ coupon: presentClaim(claim, new Date(), req.locale) })
}
