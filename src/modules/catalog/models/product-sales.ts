import { model } from "@medusajs/framework/utils"

/**
 * Units sold per product (orders placed and not canceled): the "best-selling" sort reads this one row per
 * product instead of scanning orders. Kept by the order.placed / order.canceled subscribers with atomic
 * increments, once per order (see CatalogOrderSale).
 */
export const CatalogProductSales = model
  .define("catalog_product_sales", {
    id: model.id({ prefix: "catsal" }).primaryKey(),
    product_id: model.text(),
    units_sold: model.number().default(0),
    orders_count: model.number().default(0),
  })
  .indexes([{ on: ["product_id"], unique: true, where: null }])
  .checks([
    {
      name: "catalog_product_sales_not_negative",
      expression: (c) => `${c.units_sold} >= 0 AND ${c.orders_count} >= 0`,
    },
  ])
