import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewRecord } from "../../../../modules/review/types"
import { presentOwnReview } from "../../../../modules/review/utils/present"
import { reviewService } from "../../../../workflows/review/utils/review-service"
import type { StoreListMyReviewsType } from "../validators"

/** GET /store/reviews/me: my reviews with their moderation status, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListMyReviewsType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery as StoreListMyReviewsType
  const [reviews, count] = await reviewService(req.scope).listAndCountProductReviews(
    { customer_id: req.auth_context.actor_id },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ reviews: (reviews as ReviewRecord[]).map(presentOwnReview), count, offset, limit })
}
