import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { reverseOrderPointsStep } from "./steps/reverse-order-points"
import { ORDER_PAYMENT_FIELDS, type OrderPaymentFacts } from "./utils/order-payments"

export const reverseOrderPointsWorkflowId = "reverse-order-points"

/** After a refund: reverses the order's earned points in proportion to everything refunded so far. */
export const reverseOrderPointsWorkflow = createWorkflow(reverseOrderPointsWorkflowId, (input: { order_id: string; now?: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_PAYMENT_FIELDS,
    filters: { id: input.order_id },
  }).config({ name: "get-refunded-order" })
  const reversed = reverseOrderPointsStep(
    transform({ orders, input }, ({ orders, input }) => ({ order: orders[0] as OrderPaymentFacts | undefined, now: input.now }))
  )
  return new WorkflowResponse(reversed)
})
