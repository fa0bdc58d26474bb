import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { DeliveryBatchDTO } from "../../../modules/pickup/types"
import { batchSummaries } from "./helpers"
import type { AdminListDeliveryBatchesType } from "./validators"

/** GET /admin/delivery-batches: newest delivery date first. */
export const GET = async (req: MedusaRequest<unknown, AdminListDeliveryBatchesType>, res: MedusaResponse) => {
  const { delivery_date, status, pickup_point_id, limit, offset } = req.validatedQuery as AdminListDeliveryBatchesType
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const filters = Object.fromEntries(Object.entries({ delivery_date, status, pickup_point_id }).filter(([, v]) => v))
  const [batches, count] = await service.listAndCountDeliveryBatches(filters, {
    skip: offset,
    take: limit,
    order: { delivery_date: "DESC", created_at: "DESC" },
  })
  res.json({ delivery_batches: await batchSummaries(req.scope, batches as DeliveryBatchDTO[]), count, offset, limit })
}
