import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadCouponTemplateStep } from "./steps/load-coupon-template"
import { prepareCouponTemplateStep } from "./steps/prepare-coupon-template"
import { updateCouponTemplateStep } from "./steps/save-coupon-template"
import { syncCouponPromotionsStep } from "./steps/sync-coupon-promotions"
import type { CouponTemplateUpdate } from "./types"

export const updateCouponTemplateWorkflowId = "update-coupon-template"

/**
 * Updates a template and keeps its Medusa campaign and promotions in sync (value, scope, window, stock budget,
 * status). Type and currency are fixed once created.
 */
export const updateCouponTemplateWorkflow = createWorkflow(
  updateCouponTemplateWorkflowId,
  (input: { id: string; update: CouponTemplateUpdate }) => {
    const existing = loadCouponTemplateStep(input.id)
    const prepared = prepareCouponTemplateStep({ data: input.update, existing })
    syncCouponPromotionsStep(
      transform({ prepared, existing }, ({ prepared, existing }) => ({
        template: prepared,
        previous: existing,
        ids: {
          campaign_id: existing.campaign_id!,
          promotion_id: existing.promotion_id!,
          promotion_code: existing.promotion_code!,
          cap_promotion_id: existing.cap_promotion_id,
          cap_promotion_code: existing.cap_promotion_code,
        },
      }))
    )
    const template = updateCouponTemplateStep({ template: prepared, previous: existing })
    return new WorkflowResponse(template)
  }
)
