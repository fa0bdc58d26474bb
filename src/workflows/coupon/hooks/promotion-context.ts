import { evaluateCartCoupons } from "../../../modules/coupon/utils/eligibility"
import type { PromotionContextHandler } from "../../hooks/registry"
import { appliedCoupons, toCartFacts } from "../utils/cart-facts"

/**
 * On every cart promotion refresh: tells Medusa which coupon promotions take effect in this cart. One
 * indexed query for carts without coupons; the rules themselves are pure (utils/eligibility.ts).
 */
export const couponPromotionContextHandler: PromotionContextHandler = {
  name: "coupon",
  async run({ cart }, container) {
    const applied = await appliedCoupons(container, cart.id)
    if (!applied.length) {
      return
    }
    const { accepted } = evaluateCartCoupons(toCartFacts(cart as Parameters<typeof toCartFacts>[0]), applied, new Date())
    if (!accepted.length) {
      return
    }
    return { coupon_wallet: { applied: accepted.map((a) => a.promotion_key) } }
  },
}
