import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateReviewInput } from "../../../modules/review/types"
import { reviewService } from "../utils/review-service"

export const createReviewStepId = "create-review"

/** One review per order line (409 `review_exists` from the unique index); undone by deleting it while still pending. */
export const createReviewStep = createStep(
  createReviewStepId,
  async (input: CreateReviewInput, { container }) => {
    const review = await reviewService(container).createReview(input)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await reviewService(container).deletePendingReview(id)
  }
)
