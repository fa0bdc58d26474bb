import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock, loyaltyService } from "../utils/loyalty-service"
import { type OrderPaymentFacts, paidAndRefunded } from "../utils/order-payments"

export const reverseOrderPointsStepId = "reverse-order-points"

/**
 * Brings an order's reversed points in line with its refunds so far (in proportion, cumulative and
 * idempotent, never below a zero balance). No compensation: a later failure changes no refund, and
 * re-running converges on the same figure.
 */
export const reverseOrderPointsStep = createStep(
  reverseOrderPointsStepId,
  async ({ order, now }: { order: OrderPaymentFacts | undefined; now?: string }, { container }) => {
    if (!order) {
      return new StepResponse({ reversed: 0 })
    }
    const { refunded } = paidAndRefunded(order)
    const res = await loyaltyService(container).reverseOrderPoints({ order_id: order.id, refunded_amount: refunded, now: clock(now) })
    return new StepResponse({ reversed: res?.reversed ?? 0, order_id: order.id, customer_id: order.customer_id ?? null })
  }
)
