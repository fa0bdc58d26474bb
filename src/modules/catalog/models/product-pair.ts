import { model } from "@medusajs/framework/utils"

/**
 * Bought together: how many orders held both products (both directions are stored, so "what goes with A"
 * is one indexed read). Kept with the sales counters, once per order.
 */
export const CatalogProductPair = model
  .define("catalog_product_pair", {
    id: model.id({ prefix: "catpair" }).primaryKey(),
    product_id: model.text(),
    other_product_id: model.text(),
    orders_count: model.number().default(0),
  })
  .indexes([
    { on: ["product_id", "other_product_id"], unique: true, where: null },
    { on: ["product_id", "orders_count"], where: null },
  ])
  .checks([
    { name: "catalog_product_pair_not_self", expression: (c) => `${c.product_id} <> ${c.other_product_id}` },
    { name: "catalog_product_pair_not_negative", expression: (c) => `${c.orders_count} >= 0` },
  ])
