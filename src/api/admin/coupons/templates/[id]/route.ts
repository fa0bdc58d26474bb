import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminTemplate } from "../../../../../modules/coupon/utils/present"
import { deleteCouponTemplateWorkflow, updateCouponTemplateWorkflow } from "../../../../../workflows/coupon"
import { loadTemplate } from "../../../../../workflows/coupon/steps/load-coupon-template"
import { couponService } from "../../../../../workflows/coupon/utils/coupon-service"
import type { AdminUpdateCouponTemplateType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const template = await loadTemplate(req.scope, req.params.id)
  res.json({ template: presentAdminTemplate(template, new Date()) })
}

/** POST /admin/coupons/templates/:id: edit a template; its promotions follow (type and currency are fixed). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCouponTemplateType>, res: MedusaResponse) => {
  await updateCouponTemplateWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  const template = await couponService(req.scope).retrieveCouponTemplate(req.params.id)
  res.json({ template: presentAdminTemplate(template, new Date()) })
}

/** DELETE /admin/coupons/templates/:id: only a template nobody claimed (409 coupon_template_in_use otherwise). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteCouponTemplateWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(result)
}
