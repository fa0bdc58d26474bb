import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { PICKUP_MODULE } from "../../../../../modules/pickup"
import type PickupModuleService from "../../../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../../../modules/pickup/types"
import { toCustomerPickupViews } from "../../../pickup-orders/helpers"

/** GET /store/orders/:id/pickup: the pickup of one of the customer's orders, with its code (theirs only). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [row] = (await service.listPickupOrders({
    order_id: req.params.id,
    customer_id: req.auth_context.actor_id,
  })) as PickupOrderDTO[]
  if (!row) {
    throw notFound("pickup_order_not_found", `Order ${req.params.id} has no pickup of this customer`)
  }
  const [view] = await toCustomerPickupViews(req.scope, [row])
  res.json({ pickup: view })
}
