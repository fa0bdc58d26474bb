import type { OpeningInterval, Weekday } from "./utils/opening-hours"

export type StoredOpeningHours = Partial<Record<Weekday, OpeningInterval[]>>

export type PickupPointStatus = "active" | "paused" | "closed"

export type PickupPointDTO = {
  id: string
  code: string | null
  name: string
  address: string
  district: string | null
  city: string | null
  latitude: number
  longitude: number
  radius_km: number
  opening_hours: StoredOpeningHours
  daily_capacity: number
  status: PickupPointStatus
  leader_id: string | null
  contact_phone: string | null
  photo_url: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type NearbySearchInput = {
  latitude: number
  longitude: number
  /** At most this many points, nearest first (default 20, at most 100). */
  limit?: number
  /** Only points whose status is one of these (default ["active"]). */
  statuses?: PickupPointStatus[]
}

/** A point whose service radius covers the searched location, with its distance to it. */
export type NearbyPickupPoint = PickupPointDTO & { distance_m: number }
