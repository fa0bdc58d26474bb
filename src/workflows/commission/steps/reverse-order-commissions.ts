import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock, commissionService } from "../utils/commission-service"
import { capturedAndRefunded, type CommissionOrderFacts } from "../utils/order-facts"

export const reverseOrderCommissionsStepId = "reverse-order-commissions"

/**
 * Brings the order's reversed commission in line with everything refunded so far (or all of it when the
 * order is canceled). No compensation: a later failure changes no refund, and re-running converges on the
 * same target.
 */
export const reverseOrderCommissionsStep = createStep(
  reverseOrderCommissionsStepId,
  async ({ order, canceled, now }: { order: CommissionOrderFacts | undefined; canceled?: boolean; now?: string }, { container }) => {
    if (!order) return new StepResponse(null)
    const { refunded } = capturedAndRefunded(order)
    const res = await commissionService(container).reverseOrderCommissions({
      order_id: order.id,
      refunded_amount: refunded,
      canceled: !!canceled || order.status === "canceled",
      now: clock(now),
    })
    return new StepResponse(res)
  }
)
