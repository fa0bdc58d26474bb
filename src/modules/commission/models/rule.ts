import { model } from "@medusajs/framework/utils"

export const RULE_SCOPES = ["default", "category", "product", "leader"] as const

/**
 * A commission rate rule. `scope` says what it applies to: every line (`default`), the products of a
 * category (`category`, also its sub-categories), one product (`product`) or what one leader earns
 * (`leader`, `target_id` = leader id). Each of the three rates is a percentage of what the customer paid
 * for the line; a null rate leaves that kind to a less specific rule. Precedence per kind: leader >
 * product > category > default; among rules of the same scope, the newest wins (see utils/rates.ts).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "crule" }).primaryKey(),
    scope: model.enum([...RULE_SCOPES]),
    /** Category, product or leader id; null for `default`. */
    target_id: model.text().nullable(),
    /** % for the leader whose pickup point serves the order. */
    pickup_rate: model.bigNumber().nullable(),
    /** % for the buyer's bound leader, or else their referrer (level 1). */
    referral_l1_rate: model.bigNumber().nullable(),
    /** % for the level-1 beneficiary's own leader/referrer (level 2). */
    referral_l2_rate: model.bigNumber().nullable(),
    is_active: model.boolean().default(true),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["scope", "target_id"] }])
  .checks([
    {
      name: "commission_rule_target_matches_scope",
      expression: "(scope = 'default') = (target_id IS NULL)",
    },
    {
      name: "commission_rule_rates_in_range",
      expression:
        "(pickup_rate IS NULL OR pickup_rate BETWEEN 0 AND 100) AND " +
        "(referral_l1_rate IS NULL OR referral_l1_rate BETWEEN 0 AND 100) AND " +
        "(referral_l2_rate IS NULL OR referral_l2_rate BETWEEN 0 AND 100)",
    },
  ])
