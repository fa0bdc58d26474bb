import { model } from "@medusajs/framework/utils"

/**
 * An order counted in the sales and pair counters (unique per order: a replayed order.placed counts
 * nothing twice), with the lines it added so a cancellation takes exactly those back, once
 * (`reversed_at` is set by a conditional update).
 */
export const CatalogOrderSale = model
  .define("catalog_order_sale", {
    id: model.id({ prefix: "catord" }).primaryKey(),
    order_id: model.text(),
    /** [{ product_id, quantity }] */
    lines: model.json(),
    reversed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: null }])
