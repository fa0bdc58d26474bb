import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminTemplate } from "../../../../modules/coupon/utils/present"
import { createCouponTemplateWorkflow } from "../../../../workflows/coupon"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import type { AdminCreateCouponTemplateType, AdminListCouponTemplatesType } from "../validators"

/** GET /admin/coupons/templates: templates with live claimed / used / remaining counts. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCouponTemplatesType>, res: MedusaResponse) => {
  const { limit, offset, q, status } = req.validatedQuery as AdminListCouponTemplatesType
  const filters: Record<string, unknown> = {}
  if (status) {
    filters.status = status
  }
  if (q) {
    filters.$or = [{ name_zh: { $ilike: `%${q}%` } }, { name_en: { $ilike: `%${q}%` } }]
  }
  const [templates, count] = await couponService(req.scope).listAndCountCouponTemplates(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC", id: "DESC" },
  })
  const now = new Date()
  res.json({ templates: templates.map((t) => presentAdminTemplate(t, now)), count, offset, limit })
}

/** POST /admin/coupons/templates: create a template and its Medusa campaign and promotions. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCouponTemplateType>, res: MedusaResponse) => {
  const { result } = await createCouponTemplateWorkflow(req.scope).run({ input: { template: req.validatedBody } })
  const template = await couponService(req.scope).retrieveCouponTemplate(result.id)
  res.status(201).json({ template: presentAdminTemplate(template, new Date()) })
}
