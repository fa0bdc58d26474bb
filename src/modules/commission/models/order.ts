import { model } from "@medusajs/framework/utils"

/**
 * One row per order that produced commission: the facts the reversal and settlement need. Its row lock
 * serializes everything that happens to one order's commission (accrual, refunds, cancellation,
 * settlement). `refunded_amount` and `reversed_total` only grow.
 */
export const CommissionOrder = model
  .define("commission_order", {
    id: model.id({ prefix: "cord" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    currency_code: model.text(),
    /** Σ what the customer paid for the order's items (after discounts, without shipping). */
    items_total: model.bigNumber(),
    /** Σ accruals. */
    commission_total: model.bigNumber(),
    /** Refunded on the order so far (cumulative). */
    refunded_amount: model.bigNumber(),
    /** Σ reversals (positive). */
    reversed_total: model.bigNumber(),
    pickup_leader_id: model.text().nullable(),
    accrued_at: model.dateTime(),
    /** Collected at the pickup point / order completed, or delivered. */
    received_at: model.dateTime().nullable(),
    /** received day + settlement delay, at the start of that store day. */
    settle_at: model.dateTime().nullable(),
    settled_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: null },
    { name: "IDX_commission_order_due", on: ["settle_at"], where: "settled_at IS NULL AND settle_at IS NOT NULL" },
  ])
  .checks([
    {
      name: "commission_order_reversed_in_range",
      expression: (c) => `${c.reversed_total} >= 0 AND ${c.reversed_total} <= ${c.commission_total}`,
    },
  ])
