import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshPaymentCollectionForCartWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { removePointsFromCartStep } from "./steps/remove-points-from-cart"
import { checkPointsCartStep } from "./steps/check-points-cart"

export const removePointsFromCartWorkflowId = "remove-points-from-cart"

/** Takes the points off a customer's open cart; the totals go back to what they were without them. */
export const removePointsFromCartWorkflow = createWorkflow(
  removePointsFromCartWorkflowId,
  (input: { cart_id: string; customer_id: string }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    }).config({ name: "get-points-cart" })
    checkPointsCartStep(transform({ carts, input }, ({ carts, input }) => ({ cart: carts[0], ...input })))
    const removed = removePointsFromCartStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id })))
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
    return new WorkflowResponse(removed)
  }
)
