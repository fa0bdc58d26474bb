import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { clock, commissionService, orderLock } from "./utils/commission-service"

export const markOrderReceivedWorkflowId = "mark-order-commissions-received"

/**
 * The order was collected at its pickup point (`order.completed`, also from pickup verification) or
 * delivered (`delivery.created` with every item delivered): its commission settles `settlement_delay_days`
 * store days later. Only the first call counts; an order that earned nothing is ignored.
 */
export const markOrderReceivedStep = createStep(
  "mark-order-commissions-received",
  async (input: { order_id: string; received_at?: string }, { container }) => {
    const res = await commissionService(container).markOrderReceived({ order_id: input.order_id, received_at: clock(input.received_at) })
    return new StepResponse(res)
  }
)

export const markOrderReceivedWorkflow = createWorkflow(markOrderReceivedWorkflowId, (input: { order_id: string; received_at?: string }) => {
  // Under the order's commission lock: an accrual in flight (which reads the order's status) finishes first.
  acquireLockStep(transform({ input }, ({ input }) => orderLock(input.order_id)))
  const marked = markOrderReceivedStep(input)
  releaseLockStep(transform({ input }, ({ input }) => ({ key: orderLock(input.order_id).key })))
  return new WorkflowResponse(marked)
})
