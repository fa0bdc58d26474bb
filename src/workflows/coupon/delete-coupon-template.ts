import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCampaignsStep, deletePromotionsStep } from "@medusajs/medusa/core-flows"
import { loadCouponTemplateStep } from "./steps/load-coupon-template"
import { deleteCouponTemplateStep } from "./steps/save-coupon-template"

export const deleteCouponTemplateWorkflowId = "delete-coupon-template"

/** Deletes a template nobody has claimed, with its Medusa promotions and campaign (else 409: disable it). */
export const deleteCouponTemplateWorkflow = createWorkflow(deleteCouponTemplateWorkflowId, (input: { id: string }) => {
  const existing = loadCouponTemplateStep(input.id)
  deleteCouponTemplateStep(input.id)
  const promotionIds = transform({ existing }, ({ existing }) =>
    [existing.promotion_id, existing.cap_promotion_id].filter((id): id is string => !!id)
  )
  const campaignIds = transform({ existing }, ({ existing }) => (existing.campaign_id ? [existing.campaign_id] : []))
  deletePromotionsStep(promotionIds)
  deleteCampaignsStep(campaignIds)
  return new WorkflowResponse({ id: input.id, object: "coupon_template", deleted: true })
})
