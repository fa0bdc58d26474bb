import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createReviewStep } from "./steps/create-review"
import { validateReviewLineStep, type ReviewOrder } from "./steps/validate-review-line"

export const createReviewWorkflowId = "create-review"

export type CreateReviewWorkflowInput = {
  customer_id: string
  order_id: string
  line_item_id: string
  rating: number
  text: string | null
  images: string[]
  anonymous: boolean
}

/**
 * A customer reviews a line of an order they received: order → checks (theirs, the line, received) →
 * the review (pending, once per line) → `review.created` { id, product_id, customer_id }.
 */
export const createReviewWorkflow = createWorkflow(createReviewWorkflowId, (input: CreateReviewWorkflowInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "customer_id", "customer.first_name", "customer.last_name", "items.id", "items.product_id", "items.variant_id"],
    filters: { id: input.order_id },
  }).config({ name: "get-review-order" })
  const line = validateReviewLineStep(
    transform({ orders, input }, ({ orders, input }) => ({
      order: orders[0] as ReviewOrder | undefined,
      customer_id: input.customer_id,
      line_item_id: input.line_item_id,
      anonymous: input.anonymous,
    }))
  )
  const review = createReviewStep(
    transform({ line, input }, ({ line, input }) => ({
      product_id: line.product_id,
      variant_id: line.variant_id,
      customer_id: input.customer_id,
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      rating: input.rating,
      text: input.text,
      images: input.images,
      author_name: line.author_name,
    }))
  )
  emitEventStep({
    eventName: "review.created",
    data: transform({ review }, ({ review }) => ({ id: review.id, product_id: review.product_id, customer_id: review.customer_id })),
  })
  return new WorkflowResponse(review)
})
