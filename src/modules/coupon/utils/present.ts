import { claimState, claimWindowState } from "./validity"
import { toDate } from "./dates"

type TemplateRow = {
  id: string
  name_zh: string
  name_en: string
  description_zh?: string | null
  description_en?: string | null
  type: string
  value: unknown
  max_discount?: unknown
  min_subtotal?: unknown
  currency_code: string
  scope: string
  scope_ids: string[]
  total_stock?: number | null
  claimed_count: number
  used_count?: number
  per_customer_limit: number
  per_customer_daily_limit?: number | null
  audience: string
  audience_tiers: string[]
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  validity_type: string
  valid_from?: Date | string | null
  valid_until?: Date | string | null
  valid_days?: number | null
  stackable: boolean
  status: string
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/** English for en-*, Chinese otherwise (the store's default language is zh-CN). */
export function isEnglish(locale?: string | null): boolean {
  return !!locale && locale.toLowerCase().startsWith("en")
}

/** A template as customers see it: localized name, terms, stock left and the claim window's countdown. */
export function presentTemplate(t: TemplateRow, now: Date, locale?: string | null) {
  const en = isEnglish(locale)
  return {
    id: t.id,
    name: en ? t.name_en : t.name_zh,
    description: (en ? t.description_en : t.description_zh) ?? null,
    name_zh: t.name_zh,
    name_en: t.name_en,
    type: t.type,
    value: num(t.value),
    max_discount: num(t.max_discount),
    min_subtotal: num(t.min_subtotal),
    currency_code: t.currency_code,
    scope: t.scope,
    scope_ids: t.scope_ids,
    audience: t.audience,
    stackable: t.stackable,
    per_customer_limit: t.per_customer_limit,
    per_customer_daily_limit: t.per_customer_daily_limit ?? null,
    stock: {
      total: t.total_stock ?? null,
      claimed: t.claimed_count,
      remaining: t.total_stock === null || t.total_stock === undefined ? null : Math.max(0, t.total_stock - t.claimed_count),
    },
    starts_at: toDate(t.starts_at),
    ends_at: toDate(t.ends_at),
    window: claimWindowState(t, now),
    validity: {
      type: t.validity_type,
      valid_from: toDate(t.valid_from),
      valid_until: toDate(t.valid_until),
      valid_days: t.valid_days ?? null,
    },
  }
}

/** A template as operators see it: everything, with live counters. */
export function presentAdminTemplate(t: TemplateRow & Record<string, unknown>, now: Date) {
  return {
    ...t,
    value: num(t.value),
    max_discount: num(t.max_discount),
    min_subtotal: num(t.min_subtotal),
    counts: {
      claimed: t.claimed_count,
      used: t.used_count ?? 0,
      remaining: t.total_stock === null || t.total_stock === undefined ? null : Math.max(0, t.total_stock - t.claimed_count),
    },
    window: claimWindowState(t, now),
  }
}

type ClaimRow = {
  id: string
  customer_id: string
  status: "available" | "used"
  source: string
  valid_from: Date | string
  expires_at?: Date | string | null
  used_at?: Date | string | null
  used_cart_id?: string | null
  discount_total?: unknown
  created_at?: Date | string
  template?: TemplateRow | null
}

/** A coupon in a wallet; `status` is derived at `now` (available, used, expired, not_yet_valid). */
export function presentClaim(c: ClaimRow, now: Date, locale?: string | null, orderId?: string | null) {
  const expires = toDate(c.expires_at)
  return {
    id: c.id,
    customer_id: c.customer_id,
    status: claimState(c, now),
    source: c.source,
    claimed_at: toDate(c.created_at ?? null),
    valid_from: toDate(c.valid_from),
    expires_at: expires,
    expires_in_seconds: expires ? Math.max(0, Math.ceil((expires.getTime() - now.getTime()) / 1000)) : null,
    used_at: toDate(c.used_at ?? null),
    cart_id: c.used_cart_id ?? null,
    order_id: orderId ?? null,
    discount_total: num(c.discount_total),
    template: c.template ? presentTemplate(c.template, now, locale) : null,
  }
}
