import { model } from "@medusajs/framework/utils"

export const TIER_BASES = ["lifetime", "rolling_12_months"] as const

/** The store's loyalty programme settings: a single row (unique `key`). */
export const LoyaltySettings = model
  .define("loyalty_settings", {
    id: model.id({ prefix: "lset" }).primaryKey(),
    key: model.text().default("default"),
    currency_code: model.text(),
    /** Points earned per 1 unit of currency paid (rounded down). */
    earn_points_per_unit: model.bigNumber(),
    /** Points worth 1 unit of currency when redeemed. */
    redeem_points_per_unit: model.number(),
    /** Largest share of the cart's items total points may pay, 0..1. */
    redeem_max_share: model.bigNumber(),
    /** Months after earning when points expire; 0: never. */
    expiry_months: model.number(),
    expiring_soon_days: model.number(),
    /** Check-in reward by streak day (day 1 = index 0); the cycle restarts after the last. */
    checkin_rewards: model.json(),
    tier_basis: model.enum([...TIER_BASES]),
    /** MM-DD (store time zone) of the yearly tier review, e.g. "01-01". */
    tier_review_date: model.text(),
    last_tier_review_year: model.number().nullable(),
  })
  .indexes([{ on: ["key"], unique: true, where: null }])
  .checks([
    { name: "loyalty_settings_rates_positive", expression: (c) => `${c.redeem_points_per_unit} > 0` },
    { name: "loyalty_settings_expiry_not_negative", expression: (c) => `${c.expiry_months} >= 0` },
  ])
