import { model } from "@medusajs/framework/utils"

export const ENTRY_KINDS = [
  "earn_purchase",
  "checkin",
  "referral",
  "redeem",
  "expire",
  "adjust",
  "reversal",
] as const

/**
 * The points ledger: append-only, one row per event, unique by its source (kind + reference), so a
 * replayed event never credits twice. A customer's balance is the sum of their entries; undo is a
 * reversing entry, never an edit.
 */
export const LoyaltyEntry = model
  .define("loyalty_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    customer_id: model.text(),
    delta: model.number(),
    kind: model.enum([...ENTRY_KINDS]),
    reference: model.text(),
    /** For credits: when the points expire (null: never). */
    expires_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    note: model.text().nullable(),
    /** Admin user who made an adjustment. */
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["kind", "reference"], unique: true, where: null },
    { on: ["customer_id", "created_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
  ])
  .checks([{ name: "loyalty_entry_delta_not_zero", expression: (c) => `${c.delta} <> 0` }])
