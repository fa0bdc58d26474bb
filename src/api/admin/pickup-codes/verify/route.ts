import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyPickupCode } from "../../../../workflows/pickup"
import { orderSummaries, toPickupOrderView } from "../helpers"
import type { AdminVerifyPickupCodeType } from "../validators"

/** POST /admin/pickup-codes/verify: an operator hands an order over (at any point, or at the one named). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminVerifyPickupCodeType>, res: MedusaResponse) => {
  const picked = await verifyPickupCode(req.scope, {
    code: req.validatedBody.code,
    pickup_point_id: req.validatedBody.pickup_point_id ?? null,
    actor_id: req.auth_context.actor_id,
    actor_kind: "operator",
  })
  const orders = await orderSummaries(req.scope, [picked.order_id])
  res.json({ pickup_order: toPickupOrderView(picked), order: orders.get(picked.order_id) })
}
