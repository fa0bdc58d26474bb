import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The automatic promotion behind the tiers' free-shipping thresholds, and the context it reads. */
export const FREE_SHIPPING_PROMOTION_CODE = "LOYALTY-TIER-FREE-SHIPPING"
export const FREE_SHIPPING_CONTEXT_ATTRIBUTE = "loyalty_perks.free_shipping"
export const FREE_SHIPPING_CONTEXT_VALUE = "tier"

/**
 * Makes sure Medusa's promotion module holds the automatic promotion that takes 100% off a cart's shipping
 * when our promotion context says the customer's tier waives it (see hooks/promotion-context.ts): active
 * while some tier has a threshold, inactive otherwise. Idempotent; returns the promotion's id.
 */
export async function syncFreeShippingPromotion(container: MedusaContainer, anyThreshold: boolean): Promise<string | null> {
  const promotions = container.resolve(Modules.PROMOTION)
  const [existing] = await promotions.listPromotions({ code: FREE_SHIPPING_PROMOTION_CODE }, { select: ["id", "status"] })
  const status = anyThreshold ? "active" : "inactive"
  if (existing) {
    if (existing.status !== status) {
      await promotions.updatePromotions([{ id: existing.id, status }])
    }
    return existing.id
  }
  if (!anyThreshold) {
    return null
  }
  const [created] = await promotions.createPromotions([
    {
      code: FREE_SHIPPING_PROMOTION_CODE,
      type: "standard",
      status,
      is_automatic: true,
      application_method: {
        type: "percentage",
        target_type: "shipping_methods",
        allocation: "across",
        value: 100,
      },
      rules: [{ attribute: FREE_SHIPPING_CONTEXT_ATTRIBUTE, operator: "in", values: [FREE_SHIPPING_CONTEXT_VALUE] }],
    },
  ])
  return created.id
}
