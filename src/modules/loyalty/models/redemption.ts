import { model } from "@medusajs/framework/utils"

export const REDEMPTION_STATUSES = ["quoted", "debited", "released", "restored"] as const

/**
 * Points applied to a cart. `quoted`: the discount is a credit line on the cart, nothing debited yet;
 * `debited`: the order was placed and the points left the balance; `released`: removed from the cart (or
 * the completion failed); `restored`: the order was canceled and the points came back.
 * At most one live (quoted or debited) redemption per cart.
 */
export const LoyaltyRedemption = model
  .define("loyalty_redemption", {
    id: model.id({ prefix: "lred" }).primaryKey(),
    customer_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    points: model.number(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...REDEMPTION_STATUSES]).default("quoted"),
    /** Incremented by every debit, so a debit undone by a failed completion can be debited again. */
    debit_count: model.number().default(0),
    credit_line_id: model.text().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "status IN ('quoted', 'debited')" },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["customer_id"] },
  ])
  .checks([{ name: "loyalty_redemption_points_positive", expression: (c) => `${c.points} > 0` }])
