import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { encodeHtmlOrNull } from "../../../lib/html"
import type { ReviewRecord } from "../../../modules/review/types"
import { presentAdminReview } from "../../../modules/review/utils/present"

/** Reviews for the moderation page, with their product (title, thumbnail) and the customer's e-mail. */
export async function presentAdminReviews(container: MedusaContainer, reviews: ReviewRecord[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(reviews.map((r) => r.product_id))]
  const customerIds = [...new Set(reviews.map((r) => r.customer_id))]
  const [products, customers] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title", "thumbnail"], filters: { id: productIds } }).then((r) => r.data)
      : [],
    customerIds.length ? query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerIds } }).then((r) => r.data) : [],
  ])
  const product = new Map<string, { id: string; title: string; thumbnail: string | null }>(
    products.map((p): [string, { id: string; title: string; thumbnail: string | null }] => [p.id, { id: p.id, title: p.title, thumbnail: p.thumbnail ?? null }])
  )
  const email = new Map<string, string | null>(customers.map((c): [string, string | null] => [c.id, c.email ?? null]))
  return reviews.map((r) => ({
    ...presentAdminReview(r),
    product: product.get(r.product_id) ?? null,
    customer_email: encodeHtmlOrNull(email.get(r.customer_id)),
  }))
}
