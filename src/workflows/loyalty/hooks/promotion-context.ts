import { MathBN } from "@medusajs/framework/utils"
import { getStoreSettings } from "../../../lib/store-settings"
import type { PromotionContextHandler } from "../../hooks/registry"
import { FREE_SHIPPING_CONTEXT_VALUE } from "../utils/free-shipping"
import { loyaltyService } from "../utils/loyalty-service"

/**
 * The tier perk "free shipping from ¥X" (免运费门槛): when the cart's customer holds a tier with a
 * `free_shipping_threshold` and the items total (after discounts) reaches it, the promotion context says so
 * (`{ loyalty_perks: { free_shipping: ["tier"] } }`) and Medusa's automatic promotion
 * `LOYALTY-TIER-FREE-SHIPPING` (100% off the shipping methods, rule on that attribute) applies. Guests
 * (Medusa's customers without an account), carts in another currency than the store's (thresholds are in
 * it) and tiers without a threshold get nothing. One indexed query per refresh of a member's cart.
 */
export const loyaltyPromotionContextHandler: PromotionContextHandler = {
  name: "loyalty",
  async run({ cart }, container) {
    // Members only: Medusa gives a guest checkout a customer too (has_account false), who holds no tier.
    const customerId = (cart.customer_id ?? cart.customer?.id) as string | undefined
    if (!customerId || cart.customer?.has_account !== true) {
      return
    }
    if (String(cart.currency_code ?? "").toLowerCase() !== getStoreSettings().currencyCode) {
      return
    }
    const tier = await loyaltyService(container).getCustomerTier(customerId)
    const threshold = tier?.free_shipping_threshold
    if (threshold === null || threshold === undefined) {
      return
    }
    if (MathBN.lt(cart.item_total ?? 0, threshold)) {
      return
    }
    return { loyalty_perks: { free_shipping: [FREE_SHIPPING_CONTEXT_VALUE] } }
  },
}
