import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { toStorePickupPoint } from "../helpers"
import type { StoreNearbyPickupPointsType } from "../validators"

/** GET /store/pickup-points/nearby: the active points serving these coordinates, nearest first. */
export const GET = async (req: MedusaRequest<unknown, StoreNearbyPickupPointsType>, res: MedusaResponse) => {
  const started = process.hrtime.bigint()
  const { latitude, longitude, limit, open_now, at } = req.validatedQuery as StoreNearbyPickupPointsType
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const now = at ? new Date(at) : new Date()
  const found = await service.searchNearby({ latitude, longitude, limit })
  const points = found.map((p) => toStorePickupPoint(p, now)).filter((p) => !open_now || p.open_now)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  // Lets clients and the benchmark (bench/pickup-nearest.ts) see the server's own time.
  res.setHeader("Server-Timing", `nearby;dur=${ms.toFixed(2)}`)
  res.json({ pickup_points: points, count: points.length, offset: 0, limit })
}
