import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentClaim } from "../../../../../../modules/coupon/utils/present"
import { issueCouponWorkflow } from "../../../../../../workflows/coupon"
import { couponService } from "../../../../../../workflows/coupon/utils/coupon-service"
import type { AdminIssueCouponType } from "../../../validators"

/** POST /admin/coupons/templates/:id/issue { customer_id }: put a coupon into a customer's wallet. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminIssueCouponType>, res: MedusaResponse) => {
  const { result } = await issueCouponWorkflow(req.scope).run({
    input: {
      template_id: req.params.id,
      customer_id: req.validatedBody.customer_id,
      source: "issue",
      issued_by: req.auth_context.actor_id,
      note: req.validatedBody.note ?? null,
    },
  })
  const claim = await couponService(req.scope).retrieveCouponClaim(result.id, { relations: ["template"] })
  res.status(201).json({ coupon: presentClaim(claim, new Date()) })
}
