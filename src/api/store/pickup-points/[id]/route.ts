import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../lib/errors"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import type { PickupPointDTO } from "../../../../modules/pickup/types"
import { distanceMeters } from "../../../../modules/pickup/utils/geo"
import { toStorePickupPoint } from "../helpers"
import type { StoreGetPickupPointType } from "../validators"

/** GET /store/pickup-points/:id, with the distance to the given coordinates when there are some. */
export const GET = async (req: MedusaRequest<unknown, StoreGetPickupPointType>, res: MedusaResponse) => {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [point] = (await service.listPickupPoints({ id: req.params.id })) as PickupPointDTO[]
  if (!point || point.status === "closed") {
    throw notFound("pickup_point_not_found", `Pickup point ${req.params.id} was not found`)
  }
  const { latitude, longitude } = req.validatedQuery as StoreGetPickupPointType
  if (latitude !== undefined && longitude !== undefined) {
    const distance = Math.round(distanceMeters(point, { latitude, longitude }))
    const pickup_point = toStorePickupPoint({ ...point, distance_m: distance }, new Date(), {
      covers_location: distance <= point.radius_km * 1000,
    })
    return res.json({ pickup_point })
  }
  res.json({ pickup_point: toStorePickupPoint(point, new Date()) })
}
