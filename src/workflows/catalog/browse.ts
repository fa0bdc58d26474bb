import type { MedusaContainer } from "@medusajs/framework/types"
import { type CatalogSort, type Candidate, selectProducts } from "../../modules/catalog/utils/selection"
import { catalogProducts, type VariantFacts } from "./products"
import { catalogService } from "./sales"
import { productStats } from "./stats"
import { listCandidates, variantInStock } from "./utils/candidates"
import { calculatedPrices, type ShopperContext } from "./utils/pricing"

export type BrowseInput = {
  q?: string
  category_ids?: string[]
  brands?: string[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
  sort?: CatalogSort
  offset: number
  limit: number
}

/**
 * The catalog: candidates from the database (channel, category, brand, keyword, stock) → calculated prices
 * from Medusa's pricing when a price filter or sort needs them → filter, sort and page → the page's
 * products through Query (translated, priced). Also answers which products the filters let through,
 * with units sold (best-selling) from the catalog module's counters.
 */
export async function browseCatalog(container: MedusaContainer, ctx: ShopperContext, input: BrowseInput) {
  const rows = await listCandidates(container, {
    salesChannelIds: ctx.sales_channel_ids,
    categoryIds: input.category_ids,
    brands: input.brands,
    q: input.q,
  })
  const sort: CatalogSort = input.sort ?? (input.q ? "relevance" : "newest")
  const priced = input.price_min !== undefined || input.price_max !== undefined || sort === "price_asc" || sort === "price_desc"
  const prices = priced ? await calculatedPrices(container, rows.map((r) => r.variant_id), ctx) : new Map()

  const facts = new Map<string, VariantFacts>()
  const byProduct = new Map<string, Candidate>()
  for (const r of rows) {
    const inStock = variantInStock(r)
    facts.set(r.variant_id, { in_stock: inStock })
    const c = byProduct.get(r.product_id) ?? {
      product_id: r.product_id,
      created_at: new Date(r.created_at),
      score: Number(r.score) || 0,
      units_sold: 0,
      variants: [],
    }
    c.variants.push({ variant_id: r.variant_id, price: prices.get(r.variant_id) ?? null, in_stock: inStock })
    byProduct.set(r.product_id, c)
  }
  if (sort === "best_selling" || sort === "relevance") {
    const sales = await catalogService(container).getProductSales([...byProduct.keys()])
    for (const c of byProduct.values()) c.units_sold = sales.get(c.product_id)?.units_sold ?? 0
  }

  const selected = selectProducts([...byProduct.values()], {
    price_min: input.price_min,
    price_max: input.price_max,
    in_stock: input.in_stock,
    sort,
  })
  const page = selected.slice(input.offset, input.offset + input.limit)
  const ids = page.map((s) => s.product_id)
  const [products, stats] = await Promise.all([catalogProducts(container, ids, ctx, facts), productStats(container, ids)])
  return {
    products: products.map((p) => ({ ...p, ...stats.get(p.id)! })),
    count: selected.length,
    offset: input.offset,
    limit: input.limit,
    sort,
  }
}
