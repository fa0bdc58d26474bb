import { model } from "@medusajs/framework/utils"

/**
 * A beneficiary's commission balance in one currency, cached from the ledger and the withdrawals and
 * changed only in the same transaction as them, under this row's lock (SELECT … FOR UPDATE):
 *   pending     = Σ ledger entries with status pending
 *   available   = Σ entries with status available − Σ withdrawals requested or paid
 *   withdrawing = Σ withdrawals requested (held until finance decides)
 *   withdrawn   = Σ withdrawals paid
 * Beneficiaries are customers (`customer_id`): a leader is a customer too, and a plain customer who
 * referred the buyer holds their referral commission the same way.
 *
 * `available` may go below zero only through a reversal after settlement of money already withdrawn (a
 * debt netted against later earnings); a withdrawal never takes it below zero (conditional update).
 */
export const CommissionAccount = model
  .define("commission_account", {
    id: model.id({ prefix: "cacct" }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    pending_amount: model.bigNumber().default(0),
    available_amount: model.bigNumber().default(0),
    withdrawing_amount: model.bigNumber().default(0),
    withdrawn_amount: model.bigNumber().default(0),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true, where: null }])
  .checks([
    {
      name: "commission_account_buckets_not_negative",
      expression: (c) => `${c.pending_amount} >= 0 AND ${c.withdrawing_amount} >= 0 AND ${c.withdrawn_amount} >= 0`,
    },
  ])
