import { model } from "@medusajs/framework/utils"

/** The store's commission settings: a single row (unique `key`). */
export const CommissionSettings = model
  .define("commission_settings", {
    id: model.id({ prefix: "cset" }).primaryKey(),
    key: model.text().default("default"),
    /** Days after the order was collected/delivered (store days, store time zone) before it is available. */
    settlement_delay_days: model.number().default(7),
    /** Smallest withdrawal a beneficiary may request (major units). */
    withdrawal_min_amount: model.bigNumber(),
    /** Fee taken from each withdrawal: a percentage of it plus a fixed amount. */
    withdrawal_fee_percent: model.bigNumber(),
    withdrawal_fee_fixed: model.bigNumber(),
  })
  .indexes([{ on: ["key"], unique: true, where: null }])
  .checks([
    { name: "commission_settings_delay_not_negative", expression: (c) => `${c.settlement_delay_days} >= 0` },
    {
      name: "commission_settings_withdrawal_terms",
      expression: (c) =>
        `${c.withdrawal_min_amount} > 0 AND ${c.withdrawal_fee_percent} BETWEEN 0 AND 100 AND ${c.withdrawal_fee_fixed} >= 0`,
    },
  ])
