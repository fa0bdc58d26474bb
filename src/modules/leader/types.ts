export type LeaderStatus = "active" | "suspended"
export type ApplicationStatus = "applied" | "approved" | "rejected" | "withdrawn"
export type BindingMode = "permanent" | "days" | "latest"
export type BindingSource = "order" | "share_link"

export type LeaderDTO = {
  id: string
  customer_id: string
  user_id: string | null
  pickup_point_id: string | null
  status: LeaderStatus
  name: string
  phone: string | null
  community: string | null
  email: string | null
  share_code: string
  application_id: string | null
  approved_at: Date | null
  suspended_at: Date | null
  suspension_reason: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type LeaderBindingDTO = {
  id: string
  customer_id: string
  leader_id: string
  source: BindingSource
  source_ref: string | null
  mode: BindingMode
  bound_at: Date
  expires_at: Date | null
  ended_at: Date | null
  end_reason: string | null
}

export type BindingSettings = { binding_mode: BindingMode; binding_days: number | null }

/** The leader a customer is bound to now (see LeaderModuleService.getBoundLeader). */
export type BoundLeader = {
  leader_id: string
  leader_status: LeaderStatus
  leader_customer_id: string
  pickup_point_id: string | null
  binding_id: string
  source: BindingSource
  bound_at: Date
  expires_at: Date | null
}

export type BindCustomerInput = {
  customer_id: string
  leader_id: string
  source: BindingSource
  source_ref?: string | null
  /** The moment of the trigger (default now). */
  at?: Date
}

export type BindCustomerResult =
  | { outcome: "bound" | "replaced"; binding: LeaderBindingDTO; ended: LeaderBindingDTO | null }
  | { outcome: "kept"; binding: LeaderBindingDTO }
  | { outcome: "refused"; reason: "self_binding" | "binding_loop" | "leader_not_active" }
