import type { StoredOpeningHours } from "../../modules/pickup/types"

export type SubmitLeaderApplicationInput = {
  customer_id: string
  name: string
  phone: string
  community: string
  id_number: string
  pickup_point: {
    name: string
    address: string
    latitude: number
    longitude: number
    opening_hours: StoredOpeningHours
    photo_url?: string | null
  }
}

export type ApproveLeaderApplicationInput = {
  application_id: string
  reviewed_by: string
  /** Give the leader this existing point (without a leader) instead of creating the proposed one. */
  pickup_point_id?: string
  /** For the point created from the proposal. */
  radius_km?: number
  daily_capacity?: number
  code?: string | null
}
