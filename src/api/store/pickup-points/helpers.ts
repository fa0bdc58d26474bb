import { getStoreSettings } from "../../../lib/store-settings"
import type { PickupPointDTO } from "../../../modules/pickup/types"
import { isOpenAt } from "../../../modules/pickup/utils/opening-hours"

/** What a storefront sees of a pickup point: no capacity, leader or internal metadata. */
export function toStorePickupPoint(
  p: PickupPointDTO & { distance_m?: number },
  now: Date,
  extra: { covers_location?: boolean } = {}
) {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    address: p.address,
    district: p.district,
    city: p.city,
    latitude: p.latitude,
    longitude: p.longitude,
    radius_km: p.radius_km,
    opening_hours: p.opening_hours,
    status: p.status,
    contact_phone: p.contact_phone,
    photo_url: p.photo_url,
    open_now: p.status === "active" && isOpenAt(p.opening_hours, now, getStoreSettings().timeZone),
    ...(p.distance_m !== undefined ? { distance_m: p.distance_m } : {}),
    ...extra,
  }
}
