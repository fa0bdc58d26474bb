import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyCouponToCartWorkflow } from "../../../../../workflows/coupon"
import { cartCouponsView } from "../../../../../workflows/coupon/utils/cart-coupons"
import { cartWithDiscounts } from "./cart-summary"
import type { StoreApplyCouponType } from "../../../coupons/validators"

/** GET /store/carts/:id/coupons: the checkout's coupon picker (applied ones and every usable wallet coupon). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await cartCouponsView(req.scope, req.params.id, req.auth_context.actor_id, req.locale))
}

/** POST /store/carts/:id/coupons { claim_id }: apply a wallet coupon to my cart. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyCouponType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await applyCouponToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, claim_id: req.validatedBody.claim_id, customer_id: customerId },
  })
  res.json({
    cart: await cartWithDiscounts(req.scope, req.params.id),
    coupons: await cartCouponsView(req.scope, req.params.id, customerId, req.locale),
  })
}
