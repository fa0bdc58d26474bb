import type { BigNumberInput } from "@medusajs/framework/types"

export type CouponType = "fixed" | "percentage" | "threshold"
export type CouponScope = "order" | "categories" | "products"
export type CouponAudience = "everyone" | "new_customers" | "tiers" | "issued_only"
export type ValidityType = "fixed" | "relative"
export type ClaimSource = "claim" | "issue" | "register" | "referral"
export type RewardType = "none" | "points" | "coupon"

/** The terms of a template, as the pure functions in utils/ read them. */
export type TemplateTerms = {
  id: string
  name_zh: string
  name_en: string
  type: CouponType
  value: BigNumberInput
  max_discount?: BigNumberInput | null
  min_subtotal?: BigNumberInput | null
  currency_code: string
  scope: CouponScope
  scope_ids: string[]
  total_stock?: number | null
  claimed_count: number
  per_customer_limit: number
  per_customer_daily_limit?: number | null
  audience: CouponAudience
  audience_tiers: string[]
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  validity_type: ValidityType
  valid_from?: Date | string | null
  valid_until?: Date | string | null
  valid_days?: number | null
  stackable: boolean
  status: "active" | "disabled"
}

/** A claim as the pure functions read it. */
export type ClaimTerms = {
  id: string
  customer_id: string
  status: "available" | "used"
  valid_from: Date | string
  expires_at?: Date | string | null
  used_cart_id?: string | null
}

export type ClaimInput = {
  template_id: string
  customer_id: string
  source: ClaimSource
  source_key?: string | null
  /** Per-customer and per-day limits apply to customers' own claims, not to issues. */
  enforce_limits: boolean
  valid_from: Date
  expires_at: Date | null
  claim_day: string
  issued_by?: string | null
  note?: string | null
}
