import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid, notFound, refused } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupPointDTO } from "../../../modules/pickup/types"
import { distanceMeters, isValidCoordinate, type LatLng } from "../../../modules/pickup/utils/geo"

/**
 * Checkout with a pickup point. The cart's shipping method whose option type code is `community-pickup`
 * carries the choice in its `data`:
 *   { "pickup_point_id": "pkpt_…", "latitude": 30.2770, "longitude": 120.1300 }
 * The coordinates are the customer's (the storefront's geolocation or the geocoded shipping address);
 * when missing from `data`, `shipping_address.metadata.latitude/longitude` are used. The order keeps the
 * method's data, so it records the point.
 */
export const PICKUP_OPTION_TYPE_CODE = "community-pickup"

type MethodLike = { shipping_option_id?: string | null; data?: Record<string, unknown> | null }

/** The ids, among these shipping options, of the community-pickup ones. */
export async function pickupOptionIds(container: MedusaContainer, optionIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(optionIds.filter(Boolean))]
  if (!ids.length) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code"], filters: { id: ids } })
  return new Set(data.filter((o) => o.type?.code === PICKUP_OPTION_TYPE_CODE).map((o) => o.id))
}

const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN)

/** The customer's coordinates from the method's data, else from the shipping address's metadata. */
export function readCoordinates(
  data: Record<string, unknown> | null | undefined,
  addressMetadata?: Record<string, unknown> | null
): LatLng | null {
  for (const source of [data, addressMetadata]) {
    const c = { latitude: num(source?.latitude), longitude: num(source?.longitude) }
    if (isValidCoordinate(c)) return c
  }
  return null
}

/**
 * Refuses a pickup choice that cannot be served: no point, unknown or unavailable point, no coordinates,
 * or coordinates outside the point's radius (and outside every point's radius: no_pickup_point_in_range).
 */
export async function validatePickupChoice(
  container: MedusaContainer,
  method: MethodLike,
  addressMetadata?: Record<string, unknown> | null
): Promise<{ point: PickupPointDTO; location: LatLng; distance_m: number }> {
  const pointId = method.data?.pickup_point_id
  if (typeof pointId !== "string" || !pointId) {
    throw invalid("pickup_point_required", "Choose a pickup point: data.pickup_point_id on the community-pickup shipping method")
  }
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const [point] = (await service.listPickupPoints({ id: pointId })) as PickupPointDTO[]
  if (!point) {
    throw notFound("pickup_point_not_found", `Pickup point ${pointId} was not found`)
  }
  if (point.status !== "active") {
    throw refused("pickup_point_unavailable", `Pickup point ${pointId} is ${point.status} and takes no orders`)
  }
  const location = readCoordinates(method.data, addressMetadata)
  if (!location) {
    throw invalid(
      "coordinates_required",
      "Send the customer's latitude and longitude with the pickup point (data.latitude, data.longitude)"
    )
  }
  const distance = distanceMeters(point, location)
  if (distance > point.radius_km * 1000) {
    const nearby = await service.searchNearby({ ...location, limit: 1 })
    if (!nearby.length) {
      throw refused("no_pickup_point_in_range", "No pickup point serves this location")
    }
    throw refused(
      "pickup_point_out_of_range",
      `Pickup point ${pointId} serves ${point.radius_km} km around it; this location is ${(distance / 1000).toFixed(2)} km away`
    )
  }
  return { point, location, distance_m: Math.round(distance) }
}

/** Validates every community-pickup method among `methods`; returns the chosen point (or null). */
export async function validatePickupMethods(
  container: MedusaContainer,
  methods: MethodLike[],
  addressMetadata?: Record<string, unknown> | null
): Promise<PickupPointDTO | null> {
  const pickupIds = await pickupOptionIds(container, methods.map((m) => m.shipping_option_id ?? ""))
  let chosen: PickupPointDTO | null = null
  for (const m of methods) {
    if (m.shipping_option_id && pickupIds.has(m.shipping_option_id)) {
      chosen = (await validatePickupChoice(container, m, addressMetadata)).point
    }
  }
  return chosen
}
