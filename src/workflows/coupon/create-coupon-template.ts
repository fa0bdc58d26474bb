import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCouponTemplateStep } from "./steps/save-coupon-template"
import { prepareCouponTemplateStep } from "./steps/prepare-coupon-template"
import { syncCouponPromotionsStep } from "./steps/sync-coupon-promotions"
import type { CouponTemplateFields } from "./types"

export const createCouponTemplateWorkflowId = "create-coupon-template"

/** Validates the terms, creates the backing Medusa campaign and promotions, then the template. */
export const createCouponTemplateWorkflow = createWorkflow(
  createCouponTemplateWorkflowId,
  (input: { template: CouponTemplateFields }) => {
    const prepared = prepareCouponTemplateStep({ data: input.template })
    const promotions = syncCouponPromotionsStep(
      transform({ prepared }, ({ prepared }) => ({ template: prepared, ids: null, previous: null }))
    )
    const template = createCouponTemplateStep({ template: prepared, promotions })
    return new WorkflowResponse(template)
  }
)
