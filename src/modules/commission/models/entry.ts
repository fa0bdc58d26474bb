import { model } from "@medusajs/framework/utils"

export const COMMISSION_KINDS = ["pickup", "referral_l1", "referral_l2"] as const
export const ENTRY_TYPES = ["accrual", "reversal"] as const
export const ENTRY_STATUSES = ["pending", "available", "reversed"] as const

/**
 * The commission ledger: append-only. An `accrual` is what one beneficiary earns on one order line for one
 * kind (unique by line item, beneficiary and kind: a replayed event never credits twice). A `reversal` is
 * a negative entry against one accrual after a refund or cancellation, unique by (accrual, reference),
 * where the reference is the order's cumulative reversal target (a replay finds it).
 *
 * Status: `pending` from capture; `available` once the order's settlement date passed (the daily job) or,
 * for a reversal, when it reverses an accrual that was already available; `reversed` for an accrual
 * fully reversed while still pending, and its reversals (they net to zero and never settle).
 * Amounts never change; only the status moves forward.
 */
export const CommissionEntry = model
  .define("commission_entry", {
    id: model.id({ prefix: "cent" }).primaryKey(),
    /** The customer who earns (a leader's customer id for leaders). */
    beneficiary_id: model.text(),
    /** The beneficiary's leader id when they were a leader at accrual. */
    leader_id: model.text().nullable(),
    order_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    /** The buyer. */
    customer_id: model.text().nullable(),
    kind: model.enum([...COMMISSION_KINDS]),
    type: model.enum([...ENTRY_TYPES]),
    /** Signed, major units: positive for an accrual, negative for a reversal. */
    amount: model.bigNumber(),
    /** What the customer paid for the line (accrual). */
    base_amount: model.bigNumber(),
    /** The % applied (accrual). */
    rate: model.bigNumber().nullable(),
    rule_id: model.text().nullable(),
    currency_code: model.text(),
    status: model.enum([...ENTRY_STATUSES]),
    /** The accrual a reversal reverses. */
    reverses_id: model.text().nullable(),
    reference: model.text().nullable(),
    /** When the entry counted toward the available balance. */
    available_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    {
      name: "IDX_commission_entry_accrual_unique",
      on: ["line_item_id", "beneficiary_id", "kind"],
      unique: true,
      where: "type = 'accrual'",
    },
    {
      name: "IDX_commission_entry_reversal_unique",
      on: ["reverses_id", "reference"],
      unique: true,
      where: "type = 'reversal'",
    },
    { on: ["beneficiary_id", "created_at"] },
    { on: ["order_id"] },
    { on: ["leader_id", "created_at"], where: "leader_id IS NOT NULL" },
    { on: ["available_at"], where: "available_at IS NOT NULL" },
  ])
  .checks([
    {
      name: "commission_entry_sign_by_type",
      expression:
        "(type = 'accrual' AND amount > 0 AND reverses_id IS NULL) OR (type = 'reversal' AND amount < 0 AND reverses_id IS NOT NULL AND reference IS NOT NULL)",
    },
    { name: "commission_entry_not_own_purchase", expression: "customer_id IS NULL OR customer_id <> beneficiary_id" },
  ])
