/**
 * Great-circle distances on the same sphere as PostgreSQL's earthdistance extension (radius 6378168 m),
 * so that a distance computed here agrees with the nearby search done in SQL.
 */
export const EARTH_RADIUS_M = 6378168

export type LatLng = { latitude: number; longitude: number }

const rad = (deg: number) => (deg * Math.PI) / 180

/** Distance in meters between two coordinates (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function isValidCoordinate(c: Partial<LatLng>): c is LatLng {
  return (
    typeof c.latitude === "number" &&
    typeof c.longitude === "number" &&
    Number.isFinite(c.latitude) &&
    Number.isFinite(c.longitude) &&
    c.latitude >= -90 &&
    c.latitude <= 90 &&
    c.longitude >= -180 &&
    c.longitude <= 180
  )
}

/**
 * A driver's route: starting at `start`, always drive to the nearest stop not yet visited (nearest
 * neighbour). Ties go to the stop listed first. Returns the stops in visiting order with the leg and
 * cumulative distances in meters.
 */
export function nearestNeighbourRoute<T extends LatLng>(
  start: LatLng,
  stops: T[]
): { stop: T; leg_m: number; cumulative_m: number }[] {
  const remaining = stops.map((stop, index) => ({ stop, index }))
  const route: { stop: T; leg_m: number; cumulative_m: number }[] = []
  let here: LatLng = start
  let total = 0
  while (remaining.length) {
    let best = 0
    let bestDistance = distanceMeters(here, remaining[0].stop)
    for (let i = 1; i < remaining.length; i++) {
      const d = distanceMeters(here, remaining[i].stop)
      if (d < bestDistance || (d === bestDistance && remaining[i].index < remaining[best].index)) {
        best = i
        bestDistance = d
      }
    }
    const [{ stop }] = remaining.splice(best, 1)
    total += bestDistance
    route.push({ stop, leg_m: Math.round(bestDistance), cumulative_m: Math.round(total) })
    here = stop
  }
  return route
}
