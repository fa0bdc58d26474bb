import { model } from "@medusajs/framework/utils"
import { CouponClaim } from "./coupon-claim"

/**
 * A coupon template (券模板): what a coupon gives, to whom, how many and when. Each template is backed by
 * Medusa promotions (one, or two for a capped percentage) in a campaign that carries the time window and a
 * usage budget equal to the stock; our workflows create and keep them in sync (see utils/promotion-spec.ts).
 *
 * claimed_count / used_count are live counters maintained with conditional updates in the same
 * transaction as the claim rows, so stock is never oversold (see service.claimCoupon).
 */
export const CouponTemplate = model
  .define("CouponTemplate", {
    id: model.id({ prefix: "cptpl" }).primaryKey(),
    name_zh: model.text().searchable(),
    name_en: model.text().searchable(),
    description_zh: model.text().nullable(),
    description_en: model.text().nullable(),
    /** fixed: `value` off; percentage: `value`% off up to `max_discount`; threshold (满减): spend `min_subtotal`, get `value` off. */
    type: model.enum(["fixed", "percentage", "threshold"]),
    value: model.bigNumber(),
    max_discount: model.bigNumber().nullable(),
    min_subtotal: model.bigNumber().nullable(),
    currency_code: model.text(),
    /** What the discount applies to: the whole order, items of some categories, or some products. */
    scope: model.enum(["order", "categories", "products"]).default("order"),
    scope_ids: model.array().default([]),
    /** Total coupons that may ever be claimed or issued; null = unlimited. */
    total_stock: model.number().nullable(),
    claimed_count: model.number().default(0),
    used_count: model.number().default(0),
    per_customer_limit: model.number().default(1),
    per_customer_daily_limit: model.number().nullable(),
    audience: model.enum(["everyone", "new_customers", "tiers", "issued_only"]).default("everyone"),
    audience_tiers: model.array().default([]),
    /** Claim window (a holiday or flash campaign); null = open. */
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    /** fixed: usable from valid_from (or claiming) until valid_until; relative: valid_days days from claiming. */
    validity_type: model.enum(["fixed", "relative"]),
    valid_from: model.dateTime().nullable(),
    valid_until: model.dateTime().nullable(),
    valid_days: model.number().nullable(),
    stackable: model.boolean().default(false),
    /** Issued automatically to every newly registered customer (新人券). */
    issue_on_register: model.boolean().default(false),
    status: model.enum(["active", "disabled"]).default("active"),
    campaign_id: model.text().nullable(),
    promotion_id: model.text().nullable(),
    promotion_code: model.text().nullable(),
    cap_promotion_id: model.text().nullable(),
    cap_promotion_code: model.text().nullable(),
    metadata: model.json().nullable(),
    claims: model.hasMany(() => CouponClaim, { mappedBy: "template" }),
  })
  .indexes([
    { on: ["status"], where: "deleted_at IS NULL" },
    { on: ["promotion_code"], unique: true, where: "deleted_at IS NULL AND promotion_code IS NOT NULL" },
    { on: ["cap_promotion_code"], unique: true, where: "deleted_at IS NULL AND cap_promotion_code IS NOT NULL" },
  ])
  .checks([
    { name: "coupon_template_counts_check", expression: (c) => `${c.claimed_count} >= 0 AND ${c.used_count} >= 0 AND ${c.used_count} <= ${c.claimed_count}` },
    { name: "coupon_template_stock_check", expression: (c) => `${c.total_stock} IS NULL OR ${c.claimed_count} <= ${c.total_stock}` },
    { name: "coupon_template_limits_check", expression: (c) => `${c.per_customer_limit} >= 1 AND (${c.per_customer_daily_limit} IS NULL OR ${c.per_customer_daily_limit} >= 1)` },
    { name: "coupon_template_value_check", expression: (c) => `${c.value} > 0` },
  ])
