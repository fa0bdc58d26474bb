import { model } from "@medusajs/framework/utils"
import { LoyaltyAccount } from "./account"

/**
 * A membership level (普通, 银卡, 金卡, 钻石…). A customer qualifies by paid spend (lifetime or rolling
 * 12 months, see settings) of at least `min_spend`. Perks: a points multiplier, a free-shipping threshold
 * (one automatic Medusa promotion, LOYALTY-TIER-FREE-SHIPPING, whose rule reads the promotion context our
 * setPromotionContext hook fills for a member whose tier's threshold the cart reaches) and tier-only coupons
 * (the coupon module reads the tier through getCustomerTier). `customer_group_id` and `promotion_id` are
 * unused (reserved in the first migration).
 */
export const LoyaltyTier = model
  .define("loyalty_tier", {
    id: model.id({ prefix: "ltier" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    name_en: model.text().nullable(),
    rank: model.number(),
    min_spend: model.bigNumber(),
    multiplier: model.bigNumber(),
    free_shipping_threshold: model.bigNumber().nullable(),
    customer_group_id: model.text().nullable(),
    promotion_id: model.text().nullable(),
    accounts: model.hasMany(() => LoyaltyAccount, { mappedBy: "tier" }),
  })
  .indexes([
    { on: ["code"], unique: true },
    { on: ["rank"], unique: true },
  ])
  .checks([
    { name: "loyalty_tier_multiplier_positive", expression: (c) => `${c.multiplier} > 0` },
    { name: "loyalty_tier_min_spend_not_negative", expression: (c) => `${c.min_spend} >= 0` },
  ])
