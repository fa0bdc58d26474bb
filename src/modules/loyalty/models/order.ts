import { model } from "@medusajs/framework/utils"

/**
 * Points earned on a received order and the spend it counts toward the tier (paid − refunded). Later
 * refunds grow `refunded_amount` and `reversed_points` in proportion (both only ever grow, under the
 * customer's account lock).
 */
export const LoyaltyOrder = model
  .define("loyalty_order", {
    id: model.id({ prefix: "lord" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    /** What the customer paid for the order (payments' amounts). */
    paid_amount: model.bigNumber(),
    /** Refunded before the order was received: not earned on. */
    refunded_at_completion: model.bigNumber(),
    /** Refunded in total so far (only grows). */
    refunded_amount: model.bigNumber(),
    earned_points: model.number(),
    reversed_points: model.number().default(0),
    multiplier: model.bigNumber(),
    tier_code: model.text().nullable(),
    completed_at: model.dateTime(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: null },
    { on: ["customer_id", "completed_at"] },
  ])
  .checks([
    {
      name: "loyalty_order_reversed_in_range",
      expression: (c) => `${c.reversed_points} >= 0 AND ${c.reversed_points} <= ${c.earned_points}`,
    },
  ])
