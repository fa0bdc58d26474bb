import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../modules/pickup/types"
import { toCustomerPickupViews } from "./helpers"

/** GET /store/pickup-orders: the logged-in customer's orders to collect, with their pickup codes. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [rows, count] = await service.listAndCountPickupOrders(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: 50 }
  )
  res.json({ pickup_orders: await toCustomerPickupViews(req.scope, rows as PickupOrderDTO[]), count, offset: 0, limit: 50 })
}
