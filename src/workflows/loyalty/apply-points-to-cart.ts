import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { applyPointsToCartStep } from "./steps/apply-points-to-cart"
import { type PointsCart, validatePointsOnCartStep } from "./steps/validate-points-on-cart"

export const applyPointsToCartWorkflowId = "apply-points-to-cart"

export type ApplyPointsToCartWorkflowInput = { cart_id: string; customer_id: string; points: number }

/**
 * Applies points to a customer's cart: validate (own open cart, step, balance, cap) → quote with a credit
 * line (replacing an earlier quote) → refresh the payment collection to the new total. The points are
 * debited only when the order is placed (completeCartWorkflow's validate hook).
 */
export const applyPointsToCartWorkflow = createWorkflow(applyPointsToCartWorkflowId, (input: ApplyPointsToCartWorkflowInput) => {
  // The cart's lock (as Medusa's cart workflows and completion take it): quotes change one at a time and
  // never while the cart is being completed. Released before the payment refresh, which takes it itself.
  acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 15 })
  const { data: carts } = useQueryGraphStep({
    entity: "cart",
    fields: ["id", "customer_id", "currency_code", "completed_at", "item_total"],
    filters: { id: input.cart_id },
  }).config({ name: "get-points-cart" })
  const cart = transform({ carts }, ({ carts }) => carts[0] as PointsCart | undefined)
  const valid = validatePointsOnCartStep(
    transform({ cart, input }, ({ cart, input }) => ({ cart, cart_id: input.cart_id, customer_id: input.customer_id, points: input.points }))
  )
  const applied = applyPointsToCartStep(
    transform({ valid, input }, ({ valid, input }) => ({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      points: valid.points,
      amount: valid.amount,
      currency_code: valid.currency_code,
    }))
  )
  releaseLockStep({ key: input.cart_id })
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id })) })
  return new WorkflowResponse(applied)
})
