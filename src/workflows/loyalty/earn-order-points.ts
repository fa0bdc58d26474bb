import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { earnOrderPointsStep } from "./steps/earn-order-points"
import { ORDER_PAYMENT_FIELDS, type OrderPaymentFacts } from "./utils/order-payments"

export const earnOrderPointsWorkflowId = "earn-order-points"

/**
 * A completed (received / picked-up) order earns points: paid amount × rate, × the tier multiplier, once
 * per order; the tier is upgraded at once when the order's spend qualifies. Emits `points.earned`.
 */
export const earnOrderPointsWorkflow = createWorkflow(earnOrderPointsWorkflowId, (input: { order_id: string; now?: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_PAYMENT_FIELDS,
    filters: { id: input.order_id },
  }).config({ name: "get-earning-order" })
  const earned = earnOrderPointsStep(
    transform({ orders, input }, ({ orders, input }) => ({ order: orders[0] as OrderPaymentFacts | undefined, now: input.now }))
  )
  when({ earned }, ({ earned }) => earned.created && earned.points > 0).then(() => {
    emitEventStep({
      eventName: "points.earned",
      data: transform({ earned }, ({ earned }) => ({
        customer_id: earned.customer_id,
        order_id: earned.order_id,
        kind: "earn_purchase",
        points: earned.points,
        tier_changed: earned.tier_changed,
        tier_code: earned.tier_code,
      })),
    }).config({ name: "emit-points-earned" })
  })
  return new WorkflowResponse(earned)
})
