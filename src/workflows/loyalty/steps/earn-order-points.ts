import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock, loyaltyService } from "../utils/loyalty-service"
import { type OrderPaymentFacts, paidAndRefunded } from "../utils/order-payments"

export const earnOrderPointsStepId = "earn-order-points"

export type EarnOrderPointsStepInput = { order: OrderPaymentFacts | undefined; now?: string }

export type EarnOrderPointsResult = {
  created: boolean
  points: number
  order_id: string | null
  customer_id: string | null
  tier_changed: boolean
  tier_code: string | null
}
type Undo = { order_id: string; paid: string } | null

/**
 * Credits a received order's points once (at the multiplier of the customer's tier), records its spend and
 * upgrades the tier when it now qualifies. Guest orders and other currencies earn nothing.
 * Compensation reverses what this step credited.
 */
export const earnOrderPointsStep = createStep(
  earnOrderPointsStepId,
  async ({ order, now }: EarnOrderPointsStepInput, { container }): Promise<StepResponse<EarnOrderPointsResult, Undo>> => {
    // Guest checkouts (a customer record without an account) cannot use points: they earn none.
    if (!order?.customer_id || !order.customer?.has_account) {
      const none: EarnOrderPointsResult = { created: false, points: 0, order_id: order?.id ?? null, customer_id: null, tier_changed: false, tier_code: null }
      return new StepResponse(none, null)
    }
    const { paid, refunded } = paidAndRefunded(order)
    const res = await loyaltyService(container).earnOrderPoints({
      order_id: order.id,
      customer_id: order.customer_id,
      currency_code: order.currency_code,
      paid_amount: paid,
      refunded_amount: refunded,
      now: clock(now),
    })
    return new StepResponse(
      {
        created: res.created,
        points: res.points,
        order_id: order.id,
        customer_id: order.customer_id,
        tier_changed: !!res.tier?.changed,
        tier_code: res.tier?.current?.code ?? null,
      },
      res.created ? { order_id: order.id, paid } : null
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    await loyaltyService(container).reverseOrderPoints({ order_id: undo.order_id, refunded_amount: undo.paid })
  }
)
