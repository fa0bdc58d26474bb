import type { MedusaContainer } from "@medusajs/framework/types"
import { notFound } from "../../lib/errors"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import type { ReviewRecord } from "../../modules/review/types"
import { presentPublicReview } from "../../modules/review/utils/present"
import { browseCatalog } from "./browse"
import { catalogProducts, type VariantFacts } from "./products"
import { catalogService } from "./sales"
import { productStats } from "./stats"
import { listCandidates, variantInStock } from "./utils/candidates"
import type { ShopperContext } from "./utils/pricing"

const RELATED = 8
const RECENT_REVIEWS = 3

/**
 * A product page's extras in one call: the product (translated, priced, stock), its rating summary and
 * latest approved reviews, related products (same categories, best-selling first) and products bought
 * together with it (from orders). Only products published in the key's sales channels appear.
 */
export async function catalogProductDetail(container: MedusaContainer, ctx: ShopperContext, productId: string) {
  const rows = await listCandidates(container, { salesChannelIds: ctx.sales_channel_ids, productIds: [productId] })
  if (!rows.length) {
    throw notFound("product_not_found", `Product ${productId} not found in this storefront`)
  }
  const facts = new Map<string, VariantFacts>(rows.map((r) => [r.variant_id, { in_stock: variantInStock(r) }]))
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [[product], stats, recent, together] = await Promise.all([
    catalogProducts(container, [productId], ctx, facts),
    productStats(container, [productId]),
    reviews.listProductReviews({ product_id: productId, status: "approved" }, { take: RECENT_REVIEWS, order: { created_at: "DESC" } }),
    catalogService(container).listBoughtTogether(productId, RELATED * 2),
  ])
  const [ratings, related, boughtTogether] = await Promise.all([
    reviews.getRatingSummaries([productId]),
    relatedProducts(container, ctx, product.categories.map((c) => c.id), productId),
    visibleProducts(container, ctx, together.map((t) => t.product_id)),
  ])
  return {
    product: { ...product, ...stats.get(productId)! },
    rating: ratings.get(productId)!,
    recent_reviews: (recent as ReviewRecord[]).map(presentPublicReview),
    related,
    bought_together: boughtTogether.slice(0, RELATED),
  }
}

async function relatedProducts(container: MedusaContainer, ctx: ShopperContext, categoryIds: string[], productId: string) {
  if (!categoryIds.length) return []
  const { products } = await browseCatalog(container, ctx, { category_ids: categoryIds, sort: "best_selling", offset: 0, limit: RELATED + 1 })
  return products.filter((p) => p.id !== productId).slice(0, RELATED)
}

/** These products, in this order, as far as they are published in the shopper's sales channels. */
async function visibleProducts(container: MedusaContainer, ctx: ShopperContext, ids: string[]) {
  if (!ids.length) return []
  const rows = await listCandidates(container, { salesChannelIds: ctx.sales_channel_ids, productIds: ids })
  const visible = new Set(rows.map((r) => r.product_id))
  const facts = new Map<string, VariantFacts>(rows.map((r) => [r.variant_id, { in_stock: variantInStock(r) }]))
  const keep = ids.filter((id) => visible.has(id))
  const [products, stats] = await Promise.all([catalogProducts(container, keep, ctx, facts), productStats(container, keep)])
  return products.map((p) => ({ ...p, ...stats.get(p.id)! }))
}
