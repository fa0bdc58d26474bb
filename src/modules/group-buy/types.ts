import type { BigNumberInput } from "@medusajs/framework/types"

export type CampaignKind = "team" | "community"
export type CampaignStatus = "draft" | "active" | "ended"
export type GroupStatus = "open" | "succeeded" | "closed" | "failed"
export type MemberStatus = "pending" | "confirmed" | "refunded" | "canceled"

export type TierInput = { currency_code: string; threshold: number; price: BigNumberInput }

/** Reserve a slot for a cart at completion (see service.reserveSlot). */
export type ReserveSlotInput = {
  cart_id: string
  customer_id: string
  campaign_id: string
  variant_id: string
  quantity: number
  /** What the cart charges for one unit (the line item's unit_price). */
  unit_price: BigNumberInput
  currency_code: string
  line_item_id?: string | null
  /** The group the customer chose (join); null: open a new one (team) or the point's group of the day (community). */
  group_id: string | null
  /** community: the pickup point the cart is collected at, and its leader. */
  pickup_point_id?: string | null
  leader_id?: string | null
  now: Date
  /** Store time zone (community cutoffs). */
  time_zone?: string
}

export type ReservedSlot = {
  member_id: string
  group_id: string
  /** The member was already there (a repeated completion of the same cart): nothing was reserved now. */
  existing: boolean
  /** The group was opened for this member (so releasing the member also removes it). */
  created_group: boolean
  /** The member landed in another group than the one asked for (overflow). */
  moved: boolean
}

export type GroupRow = {
  id: string
  campaign_id: string
  kind: CampaignKind
  status: GroupStatus
  currency_code: string
  initiator_customer_id: string | null
  pickup_point_id: string | null
  leader_id: string | null
  cutoff_day: string | null
  share_token: string
  capacity: number
  success_threshold: number
  member_count: number
  quantity: number
  confirmed_count: number
  confirmed_quantity: number
  current_tier_threshold: number | null
  expires_at: Date
  succeeded_at: Date | null
  closed_at: Date | null
  failed_at: Date | null
  auto_filled: boolean
  final_unit_price: string | null
  end_reason: string | null
  ended_by: string | null
  settled_at: Date | null
  created_at: Date
}

export type MemberRow = {
  id: string
  group_id: string
  campaign_id: string
  customer_id: string
  cart_id: string
  line_item_id: string | null
  order_id: string | null
  variant_id: string
  quantity: number
  unit_price: string
  currency_code: string
  status: MemberStatus
  confirmed_at: Date | null
  captured_at: Date | null
  canceled_at: Date | null
  protection_amount: string | null
  protection_refunded_at: Date | null
  refunded_amount: string
  attempts: number
  last_error: string | null
  created_at: Date
}

export type ConfirmResult = {
  member: MemberRow
  group: GroupRow
  /** false: it was confirmed before (a replay). */
  confirmed_now: boolean
  /** The group reached its first threshold with this member. */
  succeeded_now: boolean
}

/** What the expiry job does with a due group. */
export type DueAction = "fail" | "auto_fill" | "close" | "settle" | "wait"

/** What the open/join route reads in one query (service.joinContext). Dates arrive as ISO strings. */
export type JoinContext = {
  campaign: {
    id: string
    kind: CampaignKind
    status: CampaignStatus
    starts_at: string
    ends_at: string
    variant_ids: string[]
    max_per_group: number
    cutoff_time: string | null
    max_units_per_customer: number | null
    max_joins_per_customer: number | null
    stock_cap: number | null
    sold_quantity: number
  }
  tiers: { threshold: number; price: string }[]
  usage: { joins: number; units: number }
  group: (Omit<GroupRow, "expires_at"> & { expires_at: string }) | null
  in_group: boolean
}
