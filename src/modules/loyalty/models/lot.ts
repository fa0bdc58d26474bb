import { model } from "@medusajs/framework/utils"

/**
 * FIFO lots: every credit entry opens a lot with its expiry; debits consume the lots that expire first,
 * the expiry job closes what is left of a lot when it expires. The sum of the lots' `remaining` equals
 * the account balance.
 */
export const LoyaltyLot = model
  .define("loyalty_lot", {
    id: model.id({ prefix: "llot" }).primaryKey(),
    customer_id: model.text(),
    entry_id: model.text(),
    points: model.number(),
    remaining: model.number(),
    expires_at: model.dateTime().nullable(),
  })
  .checks([
    {
      name: "loyalty_lot_remaining_in_range",
      expression: (c) => `${c.remaining} >= 0 AND ${c.remaining} <= ${c.points}`,
    },
  ])
