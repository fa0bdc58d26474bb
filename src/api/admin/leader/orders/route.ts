import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../../modules/pickup/types"
import { orderSummaries, toPickupOrderView } from "../../pickup-codes/helpers"
import { getRequestLeaderPointId } from "../context"
import type { LeaderListOrdersType } from "../validators"

/** GET /admin/leader/orders: the orders collected at the leader's own point, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LeaderListOrdersType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as LeaderListOrdersType
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [rows, count] = await service.listAndCountPickupOrders(
    { pickup_point_id: getRequestLeaderPointId(req), ...(status ? { status } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  const pickupOrders = rows as PickupOrderDTO[]
  const summaries = await orderSummaries(req.scope, pickupOrders.map((p) => p.order_id))
  res.json({
    orders: pickupOrders.map((p) => ({ pickup_order: toPickupOrderView(p), order: summaries.get(p.order_id) ?? null })),
    count,
    offset,
    limit,
  })
}
