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

export type PickupOrderStatus = "pending" | "collectable" | "picked_up" | "canceled"
export type VerifierKind = "leader" | "operator"

export type PickupOrderDTO = {
  id: string
  order_id: string
  pickup_point_id: string
  customer_id: string | null
  leader_id: string | null
  group_id: string | null
  status: PickupOrderStatus
  code_hash: string | null
  code_encrypted: string | null
  code_issued_at: Date | null
  ready_at: Date | null
  picked_up_at: Date | null
  picked_up_by: string | null
  picked_up_by_kind: VerifierKind | null
  canceled_at: Date | null
  delivery_batch_id: string | null
  created_at: Date
  updated_at: Date
}

export type DeliveryBatchStatus = "open" | "dispatched" | "arrived"

export type DeliveryBatchDTO = {
  id: string
  pickup_point_id: string
  delivery_date: string
  status: DeliveryBatchStatus
  dispatched_at: Date | null
  dispatched_by: string | null
  arrived_at: Date | null
  arrived_by: string | null
  created_at: Date
  updated_at: Date
}

export type RecordPickupOrderInput = {
  order_id: string
  pickup_point_id: string
  customer_id?: string | null
  leader_id?: string | null
  group_id?: string | null
}
