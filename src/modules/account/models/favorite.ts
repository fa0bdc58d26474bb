import { model } from "@medusajs/framework/utils"

/** A product a customer marked as a favourite (收藏): at most once per customer and product. */
export const AccountFavorite = model
  .define("account_favorite", {
    id: model.id({ prefix: "afav" }).primaryKey(),
    customer_id: model.text(),
    product_id: model.text(),
  })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: null },
    { on: ["customer_id", "created_at"], where: null },
  ])
