import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewStatus } from "../../../modules/review/types"
import { reviewService } from "../utils/review-service"

export const moderateReviewStepId = "moderate-review"

export type ModerateReviewInput = {
  id: string
  status?: "approved" | "hidden"
  reply?: string | null
  actor_id: string
}

/** Approve / hide / reply under the review's lock (rating moved in the same transaction); undone by restoring both. */
export const moderateReviewStep = createStep(
  moderateReviewStepId,
  async (input: ModerateReviewInput, { container }) => {
    const service = reviewService(container)
    const [before] = await service.listProductReviews({ id: input.id }, { take: 1 })
    const result = await service.moderateReview(input.id, { status: input.status, reply: input.reply, actor_id: input.actor_id })
    return new StepResponse(result, {
      id: input.id,
      status: result.previous_status,
      reply: before?.reply ?? null,
      actor_id: input.actor_id,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const status: ReviewStatus = undo.status
    await reviewService(container).moderateReview(undo.id, { status, reply: undo.reply, actor_id: undo.actor_id })
  }
)
