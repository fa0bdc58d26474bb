import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forbidden, notFound, refused } from "../../../lib/errors"
import { maskName } from "../../../modules/review/utils/rating"
import { orderReceived } from "../utils/received"

export const validateReviewLineStepId = "validate-review-line"

export type ReviewOrder = {
  id: string
  status?: string | null
  customer_id?: string | null
  customer?: { first_name?: string | null; last_name?: string | null } | null
  items?: ({ id: string; product_id?: string | null; variant_id?: string | null } | null)[] | null
}

export type ValidateReviewLineInput = {
  order: ReviewOrder | undefined
  customer_id: string
  line_item_id: string
  anonymous: boolean
}

/**
 * Only the customer who received the order reviews its lines: 404 `order_not_found` (missing or not
 * theirs, indistinguishably), 404 `line_not_found`, 400 `order_not_received` (not completed nor picked up).
 */
export const validateReviewLineStep = createStep(validateReviewLineStepId, async (input: ValidateReviewLineInput, { container }) => {
  const order = input.order
  if (!order || order.customer_id !== input.customer_id) {
    throw notFound("order_not_found", `Order not found among your orders`)
  }
  const line = (order.items ?? []).find((i) => i?.id === input.line_item_id)
  if (!line) {
    throw notFound("line_not_found", `Order ${order.id} has no line ${input.line_item_id}`)
  }
  if (!line.product_id) {
    throw forbidden("line_not_reviewable", `Line ${line.id} is not a catalog product`)
  }
  if (!(await orderReceived(container, order))) {
    throw refused("order_not_received", `Order ${order.id} has not been received yet: reviews open when it is completed or picked up`)
  }
  return new StepResponse({
    product_id: line.product_id,
    variant_id: line.variant_id ?? null,
    author_name: input.anonymous ? null : maskName(order.customer?.last_name, order.customer?.first_name),
  })
})
