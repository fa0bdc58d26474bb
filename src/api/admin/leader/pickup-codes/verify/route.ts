import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyPickupCode } from "../../../../../workflows/pickup"
import { orderSummaries, toPickupOrderView } from "../../../pickup-codes/helpers"
import type { LeaderVerifyPickupCodeType } from "../../../pickup-codes/validators"
import { getRequestLeaderPointId } from "../../context"

/** POST /admin/leader/pickup-codes/verify: the leader hands an order of their point over. */
export const POST = async (req: AuthenticatedMedusaRequest<LeaderVerifyPickupCodeType>, res: MedusaResponse) => {
  const picked = await verifyPickupCode(req.scope, {
    code: req.validatedBody.code,
    pickup_point_id: getRequestLeaderPointId(req),
    actor_id: req.auth_context.actor_id,
    actor_kind: "leader",
  })
  const orders = await orderSummaries(req.scope, [picked.order_id])
  res.json({ pickup_order: toPickupOrderView(picked), order: orders.get(picked.order_id) })
}
