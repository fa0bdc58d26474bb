import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { likePattern } from "../../../modules/catalog/utils/selection"

/** Brands are product tags "brand:<name>" (seeded from data/products.json). */
export const BRAND_TAG_PREFIX = "brand:"
export const brandTag = (brand: string) => `${BRAND_TAG_PREFIX}${brand}`

export type CandidateFilters = {
  salesChannelIds: string[]
  categoryIds?: string[]
  brands?: string[]
  q?: string
  productIds?: string[]
}

export type CandidateRow = {
  product_id: string
  created_at: Date
  variant_id: string
  price_set_id: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Units available in the sales channels' stock locations (null: no inventory item). */
  available: string | null
  score: number
}

/**
 * One row per variant of every published product that the filters let through: in one of the publishable
 * key's sales channels, in a category (or below it), of a brand, matching the keyword in its zh-CN title
 * or any translation (title, description), handle or brand, with availability counted in the stock
 * locations of those sales channels. Read straight from the product, translation, inventory and link
 * tables in one statement with bound values: Medusa's Store API cannot filter by price or stock, nor
 * search translations, and paging needs the full candidate set first.
 */
export async function listCandidates(container: MedusaContainer, f: CandidateFilters): Promise<CandidateRow[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const bindings: unknown[] = []
  const where: string[] = ["p.deleted_at IS NULL", "p.status = 'published'"]

  where.push(
    `EXISTS (SELECT 1 FROM product_sales_channel psc WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))`
  )
  bindings.push(f.salesChannelIds)
  if (f.productIds) {
    where.push("p.id = ANY(?)")
    bindings.push(f.productIds)
  }
  if (f.categoryIds?.length) {
    where.push(`EXISTS (
      SELECT 1 FROM product_category_product pcp
      JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal
      JOIN product_category root ON root.id = ANY(?) AND root.deleted_at IS NULL
      WHERE pcp.product_id = p.id AND (c.mpath = root.mpath OR c.mpath LIKE root.mpath || '.%'))`)
    bindings.push(f.categoryIds)
  }
  if (f.brands?.length) {
    where.push(`EXISTS (
      SELECT 1 FROM product_tags pt JOIN product_tag t ON t.id = pt.product_tag_id AND t.deleted_at IS NULL
      WHERE pt.product_id = p.id AND t.value = ANY(?))`)
    bindings.push(f.brands.map(brandTag))
  }

  let score = "0::float"
  let docs = ""
  const docBindings: unknown[] = []
  if (f.q) {
    // titles: zh-CN title and every translated title; other: handle, descriptions, tags (brands).
    docs = `
      CROSS JOIN LATERAL (
        SELECT concat_ws(' ', p.title, p.subtitle,
                 (SELECT string_agg(tr.translations->>'title', ' ') FROM translation tr
                  WHERE tr.reference = 'product' AND tr.reference_id = p.id AND tr.deleted_at IS NULL)) AS titles,
               concat_ws(' ', p.handle, p.description,
                 (SELECT string_agg(tr.translations->>'description', ' ') FROM translation tr
                  WHERE tr.reference = 'product' AND tr.reference_id = p.id AND tr.deleted_at IS NULL),
                 (SELECT string_agg(t.value, ' ') FROM product_tags pt JOIN product_tag t ON t.id = pt.product_tag_id
                  WHERE pt.product_id = p.id AND t.deleted_at IS NULL)) AS other
      ) d`
    where.push(`(d.titles ILIKE ? ESCAPE '\\' OR d.other ILIKE ? ESCAPE '\\' OR (char_length(?::text) >= 4 AND word_similarity(?::text, d.titles) >= 0.6))`)
    const pattern = likePattern(f.q)
    bindings.push(pattern, pattern, f.q, f.q)
    score = `(CASE WHEN d.titles ILIKE ? ESCAPE '\\' THEN 2 ELSE 0 END + word_similarity(?::text, d.titles))::float`
    docBindings.push(pattern, f.q)
  }

  const sql = `
    WITH channel_locations AS (
      SELECT DISTINCT scl.stock_location_id FROM sales_channel_stock_location scl
      WHERE scl.sales_channel_id = ANY(?) AND scl.deleted_at IS NULL
    ),
    matched AS (
      SELECT p.id, p.created_at, ${score} AS score
      FROM product p ${docs}
      WHERE ${where.join(" AND ")}
    )
    SELECT m.id AS product_id, m.created_at, m.score, v.id AS variant_id, vps.price_set_id,
           v.manage_inventory, v.allow_backorder, stock.available
    FROM matched m
    JOIN product_variant v ON v.product_id = m.id AND v.deleted_at IS NULL
    LEFT JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
    LEFT JOIN LATERAL (
      SELECT MIN(FLOOR(COALESCE(lvl.qty, 0) / NULLIF(pvii.required_quantity, 0))) AS available
      FROM product_variant_inventory_item pvii
      LEFT JOIN LATERAL (
        SELECT SUM(il.stocked_quantity - il.reserved_quantity) AS qty FROM inventory_level il
        WHERE il.inventory_item_id = pvii.inventory_item_id AND il.deleted_at IS NULL
          AND il.location_id IN (SELECT stock_location_id FROM channel_locations)
      ) lvl ON true
      WHERE pvii.variant_id = v.id AND pvii.deleted_at IS NULL
    ) stock ON true
    ORDER BY m.id, v.id`
  const res = await knex.raw(sql, [f.salesChannelIds, ...docBindings, ...bindings] as readonly (string | number | string[])[])
  return res.rows as CandidateRow[]
}

/** A variant can be bought now: inventory not managed, backorders allowed, or at least one unit available. */
export function variantInStock(r: Pick<CandidateRow, "manage_inventory" | "allow_backorder" | "available">): boolean {
  return !r.manage_inventory || r.allow_backorder || Number(r.available ?? 0) >= 1
}

/** Brands on sale in the sales channels, with how many published products carry each. */
export async function listBrands(container: MedusaContainer, salesChannelIds: string[]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const res = await knex.raw(
    `SELECT substr(t.value, ?) AS brand, count(DISTINCT p.id)::int AS product_count
     FROM product_tag t
     JOIN product_tags pt ON pt.product_tag_id = t.id
     JOIN product p ON p.id = pt.product_id AND p.deleted_at IS NULL AND p.status = 'published'
     WHERE t.deleted_at IS NULL AND t.value LIKE ?
       AND EXISTS (SELECT 1 FROM product_sales_channel psc WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))
     GROUP BY t.value ORDER BY product_count DESC, brand`,
    [BRAND_TAG_PREFIX.length + 1, `${BRAND_TAG_PREFIX}%`, salesChannelIds]
  )
  return res.rows as { brand: string; product_count: number }[]
}
