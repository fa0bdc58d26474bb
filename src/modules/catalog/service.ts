import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { CatalogOrderSale, CatalogProductPair, CatalogProductSales } from "./models"
import { knexOf, rows } from "./sql/db"
import type { ProductSales, SaleLine } from "./types"
import { productPairs, salesPerProduct } from "./utils/sales"

/**
 * Sales counters for discovery: units sold per product ("best-selling") and products bought together.
 * Each order is counted once (unique order row) and taken back once when canceled; the counters move by
 * atomic increments, in product-id order, so concurrent orders neither lose counts nor deadlock.
 */
export default class CatalogModuleService extends MedusaService({ CatalogOrderSale, CatalogProductPair, CatalogProductSales }) {
  /** Counts an order's lines. Returns false when the order was already counted. */
  @InjectTransactionManager()
  async recordOrderSales(orderId: string, lines: SaleLine[], @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const knex = knexOf(ctx)
    const perProduct = salesPerProduct(lines)
    const inserted = await rows<{ id: string }>(
      knex,
      `INSERT INTO catalog_order_sale (id, order_id, lines) VALUES (?, ?, ?::jsonb)
       ON CONFLICT (order_id) DO NOTHING RETURNING id`,
      [generateEntityId(undefined, "catord"), orderId, JSON.stringify(perProduct)]
    )
    if (!inserted.length) {
      return false
    }
    await this.applySales(knex, perProduct, 1)
    return true
  }

  /** Takes a canceled order's sales back, once. Returns false when there was nothing (left) to take back. */
  @InjectTransactionManager()
  async reverseOrderSales(orderId: string, @MedusaContext() ctx: Context = {}): Promise<boolean> {
    const knex = knexOf(ctx)
    const [row] = await rows<{ lines: SaleLine[] }>(
      knex,
      `UPDATE catalog_order_sale SET reversed_at = now(), updated_at = now()
       WHERE order_id = ? AND reversed_at IS NULL AND deleted_at IS NULL RETURNING lines`,
      [orderId]
    )
    if (!row) {
      return false
    }
    await this.applySales(knex, row.lines, -1)
    return true
  }

  /** Adds (sign 1) or takes back (sign -1) an order's counts, row by row in product-id order. */
  private async applySales(knex: ReturnType<typeof knexOf>, perProduct: SaleLine[], sign: 1 | -1) {
    const pairs = productPairs(perProduct.map((l) => l.product_id))
    if (sign === 1) {
      if (perProduct.length) {
        await knex.raw(
          `INSERT INTO catalog_product_sales (id, product_id, units_sold, orders_count)
           VALUES ${perProduct.map(() => "(?, ?, ?, 1)").join(", ")}
           ON CONFLICT (product_id) DO UPDATE SET
             units_sold = catalog_product_sales.units_sold + EXCLUDED.units_sold,
             orders_count = catalog_product_sales.orders_count + 1,
             updated_at = now()`,
          perProduct.flatMap((l) => [generateEntityId(undefined, "catsal"), l.product_id, l.quantity])
        )
      }
      if (pairs.length) {
        await knex.raw(
          `INSERT INTO catalog_product_pair (id, product_id, other_product_id, orders_count)
           VALUES ${pairs.map(() => "(?, ?, ?, 1)").join(", ")}
           ON CONFLICT (product_id, other_product_id) DO UPDATE SET
             orders_count = catalog_product_pair.orders_count + 1,
             updated_at = now()`,
          pairs.flatMap(([a, b]) => [generateEntityId(undefined, "catpair"), a, b])
        )
      }
      return
    }
    // Taking back: plain updates (an upsert would check the negative proposed row against the constraint).
    for (const l of perProduct) {
      await knex.raw(
        `UPDATE catalog_product_sales SET units_sold = units_sold - ?, orders_count = orders_count - 1, updated_at = now()
         WHERE product_id = ?`,
        [l.quantity, l.product_id]
      )
    }
    for (const [a, b] of pairs) {
      await knex.raw(
        `UPDATE catalog_product_pair SET orders_count = orders_count - 1, updated_at = now()
         WHERE product_id = ? AND other_product_id = ?`,
        [a, b]
      )
    }
  }

  @InjectManager()
  async getProductSales(productIds: string[], @MedusaContext() ctx: Context = {}): Promise<Map<string, ProductSales>> {
    if (!productIds.length) {
      return new Map()
    }
    const found = await rows<ProductSales>(
      knexOf(ctx),
      `SELECT product_id, units_sold, orders_count FROM catalog_product_sales WHERE product_id = ANY(?)`,
      [productIds]
    )
    return new Map(found.map((r) => [r.product_id, r]))
  }

  /** Products most often in the same orders as this one (at least one order still counted). */
  @InjectManager()
  async listBoughtTogether(
    productId: string,
    limit = 8,
    @MedusaContext() ctx: Context = {}
  ): Promise<{ product_id: string; orders_count: number }[]> {
    return rows(
      knexOf(ctx),
      `SELECT other_product_id AS product_id, orders_count FROM catalog_product_pair
       WHERE product_id = ? AND orders_count > 0 ORDER BY orders_count DESC, other_product_id LIMIT ?`,
      [productId, limit]
    )
  }
}
