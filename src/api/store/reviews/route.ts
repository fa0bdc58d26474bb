import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentOwnReview, presentPublicReview } from "../../../modules/review/utils/present"
import { createReviewWorkflow } from "../../../workflows/review"
import { reviewService } from "../../../workflows/review/utils/review-service"
import type { StoreCreateReviewType, StoreListProductReviewsType } from "./validators"

/** GET /store/reviews?product_id=…: a product's approved reviews (newest first) and its rating. */
export const GET = async (req: MedusaRequest<unknown, StoreListProductReviewsType>, res: MedusaResponse) => {
  const { product_id, rating, with_images, offset, limit } = req.validatedQuery as StoreListProductReviewsType
  const service = reviewService(req.scope)
  const [{ reviews, count }, ratings] = await Promise.all([
    service.listApprovedReviews(product_id, { rating, with_images, offset, limit }),
    service.getRatingSummaries([product_id]),
  ])
  res.json({ reviews: reviews.map(presentPublicReview), rating: ratings.get(product_id), count, offset, limit })
}

/** POST /store/reviews: review a line of an order I received (once per line). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      order_id: body.order_id,
      line_item_id: body.line_item_id,
      rating: body.rating,
      text: body.text ?? null,
      images: body.images,
      anonymous: body.anonymous,
    },
  })
  res.status(201).json({ review: presentOwnReview(result) })
}
