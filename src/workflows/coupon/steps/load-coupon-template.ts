import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../../lib/errors"
import { couponService } from "../utils/coupon-service"
import type { ExistingTemplate } from "./prepare-coupon-template"

export const loadCouponTemplateStepId = "load-coupon-template"

export async function loadTemplate(container: Parameters<typeof couponService>[0], id: string): Promise<ExistingTemplate> {
  const [template] = await couponService(container).listCouponTemplates({ id }, { take: 1 })
  if (!template) {
    throw notFound("coupon_template_not_found", `Coupon template ${id} was not found`)
  }
  return template satisfies ExistingTemplate
}

/** Fetches a template or answers 404 coupon_template_not_found. */
export const loadCouponTemplateStep = createStep(loadCouponTemplateStepId, async (id: string, { container }) => {
  return new StepResponse(await loadTemplate(container, id))
})
