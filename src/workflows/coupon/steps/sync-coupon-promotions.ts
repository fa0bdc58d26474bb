import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TemplateTerms } from "../../../modules/coupon/types"
import { promotionSpec } from "../../../modules/coupon/utils/promotion-spec"
import { applySpec, createFromSpec, deleteFromIds, type PromotionIds } from "../utils/promotion-sync"

export const syncCouponPromotionsStepId = "sync-coupon-promotions"

type Undo = { created: PromotionIds } | { restore: TemplateTerms; ids: PromotionIds }

/**
 * Creates (no `ids`) or converges (with `ids`) the Medusa campaign and promotions behind a template.
 * Compensation deletes what it created, or converges back to the previous terms.
 */
export const syncCouponPromotionsStep = createStep(
  syncCouponPromotionsStepId,
  async (input: { template: TemplateTerms; ids: PromotionIds | null; previous: TemplateTerms | null }, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    if (!input.ids) {
      const ids = await createFromSpec(promotions, promotionSpec(input.template))
      return new StepResponse<PromotionIds, Undo>(ids, { created: ids })
    }
    await applySpec(promotions, promotionSpec(input.template), input.ids)
    return new StepResponse<PromotionIds, Undo>(input.ids, { restore: input.previous!, ids: input.ids })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const promotions = container.resolve(Modules.PROMOTION)
    if ("created" in undo) {
      await deleteFromIds(promotions, undo.created)
      return
    }
    await applySpec(promotions, promotionSpec(undo.restore), undo.ids)
  }
)
