import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import type { DeliveryBatchDTO } from "../../../../modules/pickup/types"
import { batchSummaries } from "../../delivery-batches/helpers"
import { getRequestLeaderPointId } from "../context"

/** GET /admin/leader/delivery-batches: the batches of the leader's point, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [batches, count] = await service.listAndCountDeliveryBatches(
    { pickup_point_id: getRequestLeaderPointId(req) },
    { order: { delivery_date: "DESC" }, take: 60 }
  )
  res.json({ delivery_batches: await batchSummaries(req.scope, batches as DeliveryBatchDTO[]), count, offset: 0, limit: 60 })
}
