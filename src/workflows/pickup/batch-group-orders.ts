import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToDeliveryBatchStep } from "./steps/add-to-delivery-batch"
import { getBatchTargetStep } from "./steps/get-batch-target"

export const batchGroupOrdersWorkflowId = "batch-group-orders"

/**
 * A succeeded community group's orders join the delivery batch of their pickup point for the delivery
 * date after the group's cutoff (one batch per point and date, whatever the campaign). Idempotent.
 */
export const batchGroupOrdersWorkflow = createWorkflow(
  batchGroupOrdersWorkflowId,
  (input: { group_id: string; order_ids: string[] }) => {
    const target = getBatchTargetStep({ group_id: input.group_id })
    const result = when({ target }, ({ target }) => !!target).then(() =>
      addToDeliveryBatchStep(
        transform({ target, input }, ({ target, input }) => ({
          pickup_point_id: target!.pickup_point_id,
          delivery_date: target!.delivery_date,
          order_ids: input.order_ids,
        }))
      )
    )
    return new WorkflowResponse(transform({ result }, ({ result }) => result ?? null))
  }
)
