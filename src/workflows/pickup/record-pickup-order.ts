import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { bindCustomerStep } from "../leader/steps/bind-customer"
import { getPickupOrderContextStep } from "./steps/get-pickup-order-context"
import { issuePickupCodeStep } from "./steps/issue-pickup-code"
import { recordPickupOrderStep } from "./steps/record-pickup-order"

export const recordPickupOrderWorkflowId = "record-pickup-order"

/**
 * For an order collected at a pickup point (its community-pickup shipping method names the point):
 * records the pickup order, issues its pickup code when it is collectable (a plain order at once, a
 * group order once its group succeeded) and binds the customer to the point's leader (锁粉, by the
 * store's binding mode). Idempotent: run on order.placed and again on the group events.
 * Emits `pickup.code_issued` { id, order_id, customer_id, pickup_point_id } when a code was issued.
 */
export const recordPickupOrderWorkflow = createWorkflow(
  recordPickupOrderWorkflowId,
  (input: { order_id: string }) => {
    const context = getPickupOrderContextStep(input)

    const pickupOrder = when({ context }, ({ context }) => !!context).then(() =>
      recordPickupOrderStep(
        transform({ context }, ({ context }) => ({
          order_id: context!.order_id,
          pickup_point_id: context!.pickup_point_id,
          customer_id: context!.customer_id,
          leader_id: context!.leader_id,
          group_id: context!.group_id,
        }))
      )
    )

    const issued = when({ context, pickupOrder }, ({ context, pickupOrder }) =>
      !!pickupOrder && !!context?.collectable && !context.canceled && pickupOrder.status === "pending"
    ).then(() => issuePickupCodeStep(transform({ pickupOrder }, ({ pickupOrder }) => ({ pickup_order_id: pickupOrder!.id }))))

    when({ issued }, ({ issued }) => issued === true).then(() => {
      emitEventStep({
        eventName: "pickup.code_issued",
        data: transform({ pickupOrder }, ({ pickupOrder }) => ({
          id: pickupOrder!.id,
          order_id: pickupOrder!.order_id,
          customer_id: pickupOrder!.customer_id,
          pickup_point_id: pickupOrder!.pickup_point_id,
        })),
      })
    })

    when({ context }, ({ context }) => !!context?.customer_id && !!context?.leader_id && !context.canceled).then(() => {
      bindCustomerStep(
        transform({ context }, ({ context }) => ({
          customer_id: context!.customer_id!,
          leader_id: context!.leader_id!,
          source: "order" as const,
          source_ref: context!.order_id,
        }))
      )
    })

    return new WorkflowResponse(transform({ pickupOrder }, ({ pickupOrder }) => pickupOrder ?? null))
  }
)
