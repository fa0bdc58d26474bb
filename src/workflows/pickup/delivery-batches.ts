import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { markBatchReadyStep } from "./steps/mark-batch-ready"
import { transitionBatchStep } from "./steps/transition-batch"

export const dispatchDeliveryBatchWorkflowId = "dispatch-delivery-batch"

/** An operator marks a batch dispatched (the truck left the warehouse). Emits `pickup.batch_dispatched`. */
export const dispatchDeliveryBatchWorkflow = createWorkflow(
  dispatchDeliveryBatchWorkflowId,
  (input: { batch_id: string; actor_id: string }) => {
    const batch = transitionBatchStep(
      transform({ input }, ({ input }) => ({ id: input.batch_id, from: "open" as const, to: "dispatched" as const, actor_id: input.actor_id }))
    )
    emitEventStep({
      eventName: "pickup.batch_dispatched",
      data: transform({ batch }, ({ batch }) => ({ id: batch.id, pickup_point_id: batch.pickup_point_id, delivery_date: batch.delivery_date })),
    })
    return new WorkflowResponse(batch)
  }
)

export const confirmBatchArrivalWorkflowId = "confirm-batch-arrival"

/**
 * The leader confirms a dispatched batch arrived at their point: its orders are ready, `pickup.batch_arrived`
 * { id, pickup_point_id, delivery_date, order_ids } and one `pickup.order_ready`
 * { order_id, pickup_order_id, customer_id, pickup_point_id, batch_id } per order (customers are notified).
 */
export const confirmBatchArrivalWorkflow = createWorkflow(
  confirmBatchArrivalWorkflowId,
  (input: { batch_id: string; actor_id: string; pickup_point_id?: string | null }) => {
    const batch = transitionBatchStep(
      transform({ input }, ({ input }) => ({
        id: input.batch_id,
        from: "dispatched" as const,
        to: "arrived" as const,
        actor_id: input.actor_id,
        pickup_point_id: input.pickup_point_id,
      }))
    )
    const ready = markBatchReadyStep(transform({ batch }, ({ batch }) => ({ batch_id: batch.id })))
    emitEventStep({
      eventName: "pickup.batch_arrived",
      data: transform({ batch, ready }, ({ batch, ready }) => ({
        id: batch.id,
        pickup_point_id: batch.pickup_point_id,
        delivery_date: batch.delivery_date,
        order_ids: ready.map((r) => r.order_id),
      })),
    }).config({ name: "emit-batch-arrived" })
    emitEventStep({
      eventName: "pickup.order_ready",
      data: transform({ batch, ready }, ({ batch, ready }) =>
        ready.map((r) => ({
          order_id: r.order_id,
          pickup_order_id: r.id,
          customer_id: r.customer_id,
          pickup_point_id: r.pickup_point_id,
          batch_id: batch.id,
        }))
      ),
    }).config({ name: "emit-orders-ready" })
    return new WorkflowResponse(transform({ batch, ready }, ({ batch, ready }) => ({ batch, ready_orders: ready.length })))
  }
)
