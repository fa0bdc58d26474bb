import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { createCouponApplicationStep, deleteCouponApplicationStep } from "./steps/cart-application"
import { validateCouponApplicationStep } from "./steps/validate-coupon-application"

type Input = { cart_id: string; claim_id: string; customer_id: string }

export const applyCouponToCartWorkflowId = "apply-coupon-to-cart"

/**
 * Applies a wallet coupon to the customer's cart: checks it against the coupons already there (under a lock
 * per cart, so two concurrent applies cannot both pass the stacking rule), records it, and refreshes the
 * cart's promotions; the promotion context hook then lets the coupon's Medusa promotion apply.
 */
export const applyCouponToCartWorkflow = createWorkflow(applyCouponToCartWorkflowId, (input: Input) => {
  const lockKey = transform({ input }, ({ input }) => `coupon-cart:${input.cart_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  validateCouponApplicationStep(input)
  createCouponApplicationStep(input)
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      promo_codes: [],
      action: PromotionActions.ADD,
      force_refresh_payment_collection: true,
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ cart_id: input.cart_id })
})

export const removeCouponFromCartWorkflowId = "remove-coupon-from-cart"

/** Takes a coupon off the customer's cart and refreshes its promotions (the discount disappears). */
export const removeCouponFromCartWorkflow = createWorkflow(removeCouponFromCartWorkflowId, (input: Input) => {
  deleteCouponApplicationStep(input)
  updateCartPromotionsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      cart_id: input.cart_id,
      promo_codes: [],
      action: PromotionActions.ADD,
      force_refresh_payment_collection: true,
    })),
  })
  return new WorkflowResponse({ cart_id: input.cart_id })
})
