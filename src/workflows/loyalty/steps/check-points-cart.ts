import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, forbidden, notFound } from "../../../lib/errors"

export const checkPointsCartStepId = "check-points-cart"

/** The cart exists, is the customer's own and still open. */
export const checkPointsCartStep = createStep(
  checkPointsCartStepId,
  async (
    input: { cart?: { id: string; customer_id?: string | null; completed_at?: unknown } | null; cart_id: string; customer_id: string },
    _ctx
  ) => {
    if (!input.cart) {
      throw notFound("cart_not_found", `Cart ${input.cart_id} was not found`)
    }
    if (input.cart.customer_id !== input.customer_id) {
      throw forbidden("cart_not_yours", `Cart ${input.cart_id} does not belong to customer ${input.customer_id}`)
    }
    if (input.cart.completed_at) {
      throw conflict("cart_completed", `Cart ${input.cart_id} is already completed`)
    }
    return new StepResponse(undefined)
  }
)
