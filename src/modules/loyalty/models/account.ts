import { model } from "@medusajs/framework/utils"
import { LoyaltyTier } from "./tier"

/**
 * One row per customer: the cached points balance (always equal to the sum of the customer's ledger
 * entries, updated in the same transaction as every entry) and the current membership tier.
 * Every ledger write locks this row first (SELECT … FOR UPDATE), which serializes a customer's writes.
 */
export const LoyaltyAccount = model
  .define("loyalty_account", {
    id: model.id({ prefix: "lacct" }).primaryKey(),
    customer_id: model.text(),
    balance: model.number().default(0),
    tier: model.belongsTo(() => LoyaltyTier, { mappedBy: "accounts" }).nullable(),
    tier_since: model.dateTime().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: null }])
  .checks([{ name: "loyalty_account_balance_not_negative", expression: (c) => `${c.balance} >= 0` }])
