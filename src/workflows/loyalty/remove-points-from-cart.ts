import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { removePointsFromCartStep } from "./steps/remove-points-from-cart"
import { checkPointsCartStep } from "./steps/check-points-cart"

export const removePointsFromCartWorkflowId = "remove-points-from-cart"

/** Takes the points off a customer's open cart; the totals go back to what they were without them. */
export const removePointsFromCartWorkflow = createWorkflow(
  removePointsFromCartWorkflowId,
  (input: { cart_id: string; customer_id: string }) => {
    // The cart's lock (as Medusa's cart workflows and completion take it): quotes change one at a time and
    // never while the cart is being completed. Released before the payment refresh, which takes it itself.
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 15 })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    }).config({ name: "get-points-cart" })
    checkPointsCartStep(transform({ carts, input }, ({ carts, input }) => ({ cart: carts[0], ...input })))
    const removed = removePointsFromCartStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id })))
    releaseLockStep({ key: input.cart_id })
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
    return new WorkflowResponse(removed)
  }
)
