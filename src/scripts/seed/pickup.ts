import pickupData from "../../../data/pickup-points.json"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import { everyDay } from "../../modules/pickup/utils/opening-hours"
import { createPickupPointsWorkflow } from "../../workflows/pickup"
import type { SeedContext } from "./types"

/** The demo city's pickup points (data/pickup-points.json), found by code before being created. */
export async function seedPickupPoints({ container, log }: SeedContext): Promise<Record<string, string>> {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const codes = pickupData.points.map((p) => p.code)
  const existing = await service.listPickupPoints({ code: codes }, { select: ["id", "code"] })
  const ids: Record<string, string> = Object.fromEntries(existing.map((p) => [p.code!, p.id]))
  const missing = pickupData.points.filter((p) => !ids[p.code])
  if (missing.length) {
    const city = pickupData.city.split(" ")[0]
    const { result } = await createPickupPointsWorkflow(container).run({
      input: {
        points: missing.map((p) => ({
          code: p.code,
          name: p.name,
          address: p.address,
          district: p.district,
          city,
          latitude: p.latitude,
          longitude: p.longitude,
          radius_km: p.radius_km,
          daily_capacity: p.capacity,
          opening_hours: everyDay(p.hours),
        })),
      },
    })
    result.forEach((p) => (ids[p.code!] = p.id))
    log(`created ${result.length} pickup points`)
  }
  return ids
}
