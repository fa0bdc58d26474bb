import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { moderateReviewStep, type ModerateReviewInput } from "./steps/moderate-review"

export const moderateReviewWorkflowId = "moderate-review"

/**
 * An operator approves or hides a review and/or replies. Emits `review.moderated` { id, product_id, status,
 * previous_status } and, when a reply was written, `review.replied` { id, product_id, customer_id }.
 */
export const moderateReviewWorkflow = createWorkflow(moderateReviewWorkflowId, (input: ModerateReviewInput) => {
  const result = moderateReviewStep(input)
  emitEventStep({
    eventName: "review.moderated",
    data: transform({ result }, ({ result }) => ({
      id: result.review.id,
      product_id: result.review.product_id,
      status: result.review.status,
      previous_status: result.previous_status,
    })),
  }).config({ name: "emit-review-moderated" })
  when({ result }, ({ result }) => result.replied).then(() => {
    emitEventStep({
      eventName: "review.replied",
      data: transform({ result }, ({ result }) => ({
        id: result.review.id,
        product_id: result.review.product_id,
        customer_id: result.review.customer_id,
      })),
    }).config({ name: "emit-review-replied" })
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.review))
})
