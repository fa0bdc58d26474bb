import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewRecord } from "../../../modules/review/types"
import { reviewService } from "../../../workflows/review/utils/review-service"
import { presentAdminReviews } from "./helpers"
import type { AdminListReviewsType } from "./validators"

/** GET /admin/reviews?status&product_id&customer_id&rating: reviews to moderate, newest first (with the product's rating when filtered by product). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListReviewsType>, res: MedusaResponse) => {
  const { offset, limit, ...filters } = req.validatedQuery as AdminListReviewsType
  const service = reviewService(req.scope)
  const [reviews, count] = await service.listAndCountProductReviews(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  const rating = filters.product_id ? (await service.getRatingSummaries([filters.product_id])).get(filters.product_id) : undefined
  res.json({ reviews: await presentAdminReviews(req.scope, reviews as ReviewRecord[]), count, offset, limit, ...(rating ? { rating } : {}) })
}
