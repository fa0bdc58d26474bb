import { model } from "@medusajs/framework/utils"

export const WITHDRAWAL_STATUSES = ["requested", "paid", "rejected"] as const

/**
 * A beneficiary's request to be paid out `amount` of their available balance (the fee is kept, `net_amount`
 * is paid). `requested` holds the amount out of `available` (conditional update: never more than it);
 * finance marks it `paid` with the payment's reference, or `rejected` (the amount returns to available).
 * Both decisions are conditional on `requested`: exactly one wins.
 */
export const CommissionWithdrawal = model
  .define("commission_withdrawal", {
    id: model.id({ prefix: "cwd" }).primaryKey(),
    customer_id: model.text(),
    leader_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    fee: model.bigNumber(),
    net_amount: model.bigNumber(),
    status: model.enum([...WITHDRAWAL_STATUSES]).default("requested"),
    /** Where to pay, as the beneficiary gave it (e.g. "WeChat: 138…"). */
    payee: model.text().nullable(),
    /** The payout's reference (bank / WeChat Pay transfer id), set when paid. */
    reference: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    requested_by: model.text(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id", "created_at"] },
    { on: ["status", "created_at"] },
  ])
  .checks([
    {
      name: "commission_withdrawal_amounts",
      expression: (c) => `${c.amount} > 0 AND ${c.fee} >= 0 AND ${c.net_amount} > 0 AND ${c.net_amount} + ${c.fee} = ${c.amount}`,
    },
    {
      name: "commission_withdrawal_decision",
      expression:
        "(status = 'requested' AND decided_at IS NULL) OR (status = 'paid' AND reference IS NOT NULL AND decided_at IS NOT NULL) OR (status = 'rejected' AND decided_at IS NOT NULL)",
    },
  ])
