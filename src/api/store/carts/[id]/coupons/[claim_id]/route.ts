import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCouponFromCartWorkflow } from "../../../../../../workflows/coupon"
import { loadOwnCart } from "../../../../../../workflows/coupon/utils/cart-read"
import { cartWithDiscounts } from "../cart-summary"

/** DELETE /store/carts/:id/coupons/:claim_id: take a coupon off my cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await loadOwnCart(req.scope, req.params.id, customerId)
  await removeCouponFromCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, claim_id: req.params.claim_id, customer_id: customerId },
  })
  res.json({ cart: await cartWithDiscounts(req.scope, req.params.id) })
}
