import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { PickupPoint } from "./models/pickup-point"
import type { NearbyPickupPoint, NearbySearchInput, PickupPointDTO, PickupPointStatus } from "./types"
import { distanceMeters } from "./utils/geo"

const POINT_COLUMNS = [
  "id",
  "code",
  "name",
  "address",
  "district",
  "city",
  "latitude",
  "longitude",
  "radius_km",
  "opening_hours",
  "daily_capacity",
  "status",
  "leader_id",
  "contact_phone",
  "photo_url",
  "metadata",
  "created_at",
  "updated_at",
]

export const MAX_NEARBY_LIMIT = 100

class PickupModuleService extends MedusaService({ PickupPoint }) {
  /**
   * Points whose service radius covers the given location, nearest first, with their distance in meters.
   * One indexed query: the GiST index on `location` narrows the candidates to a box as large as the
   * largest radius in use, then each point's own radius decides.
   */
  @InjectManager()
  async searchNearby(
    input: NearbySearchInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<NearbyPickupPoint[]> {
    const limit = Math.max(1, Math.min(MAX_NEARBY_LIMIT, Math.floor(input.limit ?? 20)))
    const statuses: PickupPointStatus[] = input.statuses?.length ? input.statuses : ["active"]
    const marks = statuses.map(() => "?").join(", ")
    const manager = sharedContext.manager as SqlEntityManager
    const rows: (PickupPointDTO & { distance_m: number })[] = await manager.execute(
      `SELECT ${POINT_COLUMNS.map((c) => `p.${c}`).join(", ")},
              sec_to_gc(cube_distance(ll_to_earth(?::float8, ?::float8), p.location)) AS distance_m
         FROM pickup_point p
        WHERE p.deleted_at IS NULL
          AND p.status IN (${marks})
          AND earth_box(
                ll_to_earth(?::float8, ?::float8),
                (SELECT coalesce(max(radius_km), 0) * 1000
                   FROM pickup_point
                  WHERE deleted_at IS NULL AND status IN (${marks}))
              ) @> p.location
          AND sec_to_gc(cube_distance(ll_to_earth(?::float8, ?::float8), p.location)) <= p.radius_km * 1000
        ORDER BY distance_m, p.id
        LIMIT ?`,
      [
        input.latitude,
        input.longitude,
        ...statuses,
        input.latitude,
        input.longitude,
        ...statuses,
        input.latitude,
        input.longitude,
        limit,
      ]
    )
    return rows.map((r) => ({ ...r, distance_m: Math.round(Number(r.distance_m)) }))
  }

  /**
   * Whether a point serves the given location: its distance in meters and whether it lies within the
   * point's radius (same sphere as the SQL search).
   */
  async coverage(
    pointId: string,
    location: { latitude: number; longitude: number }
  ): Promise<{ point: PickupPointDTO; distance_m: number; covered: boolean }> {
    const point = (await this.retrievePickupPoint(pointId)) as PickupPointDTO
    const distance = distanceMeters(point, location)
    return { point, distance_m: Math.round(distance), covered: distance <= point.radius_km * 1000 }
  }
}

export default PickupModuleService
