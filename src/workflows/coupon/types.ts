import type { CouponAudience, CouponScope, CouponType, ValidityType } from "../../modules/coupon/types"

/** The editable fields of a coupon template (create: required ones must be there; update: any subset). */
export type CouponTemplateFields = {
  name_zh: string
  name_en: string
  description_zh?: string | null
  description_en?: string | null
  type: CouponType
  value: number
  max_discount?: number | null
  min_subtotal?: number | null
  currency_code?: string
  scope?: CouponScope
  scope_ids?: string[]
  total_stock?: number | null
  per_customer_limit?: number
  per_customer_daily_limit?: number | null
  audience?: CouponAudience
  audience_tiers?: string[]
  starts_at?: Date | null
  ends_at?: Date | null
  validity_type: ValidityType
  valid_from?: Date | null
  valid_until?: Date | null
  valid_days?: number | null
  stackable?: boolean
  issue_on_register?: boolean
  status?: "active" | "disabled"
  metadata?: Record<string, unknown> | null
}

export type CouponTemplateUpdate = Partial<Omit<CouponTemplateFields, "type" | "currency_code">>
