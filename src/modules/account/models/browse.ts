import { model } from "@medusajs/framework/utils"

/**
 * Browsing history (浏览记录): one row per customer and product with the time of the latest view. A customer
 * keeps their newest N (100) products: each view upserts its row and trims the oldest under a per-customer
 * transaction lock, so concurrent views never leave more than N rows.
 */
export const AccountBrowse = model
  .define("account_browse", {
    id: model.id({ prefix: "abrw" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
    viewed_at: model.dateTime(),
  })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: null },
    { on: ["customer_id", "viewed_at"], where: null },
  ])
