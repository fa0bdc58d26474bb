import type { OpeningHours } from "../../modules/pickup/utils/opening-hours"
import type { PickupPointStatus } from "../../modules/pickup/types"

export type CreatePickupPointInput = {
  code?: string | null
  name: string
  address: string
  district?: string | null
  city?: string | null
  latitude: number
  longitude: number
  radius_km: number
  opening_hours: OpeningHours
  daily_capacity: number
  status?: PickupPointStatus
  leader_id?: string | null
  contact_phone?: string | null
  photo_url?: string | null
  metadata?: Record<string, unknown> | null
}

export type UpdatePickupPointInput = Partial<CreatePickupPointInput> & { id: string }
