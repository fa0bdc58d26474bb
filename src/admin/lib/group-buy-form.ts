import type { AdminCampaign, CampaignKind } from "../hooks/use-group-buy"
import { fromLocalInput, toLocalInput } from "./coupon-format"

/**
 * The campaign form's state, its checks (shown before saving, mirroring the route's own checks in
 * src/workflows/group-buy/steps/campaign.ts and src/modules/group-buy/utils/tiers.ts) and the request body.
 * Pure, unit-tested in __tests__/group-buy-form.unit.spec.ts.
 */

export type TierRow = { threshold: string; price: string }
export type CurrencyTiers = { currency_code: string; rows: TierRow[] }

export type CampaignForm = {
  title: string
  description: string
  kind: CampaignKind
  product_id: string
  variant_ids: string[]
  max_per_group: string
  group_lifetime_hours: string
  cutoff_time: string
  starts_at: string
  ends_at: string
  max_units_per_customer: string
  max_joins_per_customer: string
  stock_cap: string
  auto_fill: boolean
  tiers: CurrencyTiers[]
}

/** A message key under `groupBuy.form.problems` and its values. */
export type Problem = { key: string; values?: Record<string, string | number> }
/** Field name (or `tiers.<currency>.<row>.threshold|price`, `tiers.<currency>`, `tiers`) → problem. */
export type Problems = Record<string, Problem>

/** Fields a live or ended campaign keeps (its groups are priced by them). */
export const DRAFT_ONLY_FIELDS = ["kind", "product_id", "variant_ids", "max_per_group", "tiers"] as const

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v))

export function emptyForm(now: Date, currency: string, productId = ""): CampaignForm {
  return {
    title: "",
    description: "",
    kind: "team",
    product_id: productId,
    variant_ids: [],
    max_per_group: "",
    group_lifetime_hours: "24",
    cutoff_time: "20:00",
    starts_at: toLocalInput(now.toISOString()),
    ends_at: toLocalInput(new Date(now.getTime() + 7 * 24 * 3600 * 1000).toISOString()),
    max_units_per_customer: "",
    max_joins_per_customer: "",
    stock_cap: "",
    auto_fill: false,
    tiers: [{ currency_code: currency, rows: [{ threshold: "", price: "" }] }],
  }
}

/** The form of an existing campaign; tiers grouped by currency, thresholds rising. */
export function formFromCampaign(c: AdminCampaign): CampaignForm {
  const currencies = [...new Set(c.tiers.map((t) => t.currency_code))]
  return {
    title: c.title,
    description: c.description ?? "",
    kind: c.kind,
    product_id: c.product_id,
    variant_ids: [...c.variant_ids],
    max_per_group: str(c.max_per_group),
    group_lifetime_hours: str(c.group_lifetime_hours ?? 24),
    cutoff_time: c.cutoff_time ?? "20:00",
    starts_at: toLocalInput(c.starts_at),
    ends_at: toLocalInput(c.ends_at),
    max_units_per_customer: str(c.max_units_per_customer),
    max_joins_per_customer: str(c.max_joins_per_customer),
    stock_cap: str(c.stock_cap),
    auto_fill: c.auto_fill,
    tiers: currencies.map((currency_code) => ({
      currency_code,
      rows: c.tiers
        .filter((t) => t.currency_code === currency_code)
        .sort((a, b) => a.threshold - b.threshold)
        .map((t) => ({ threshold: String(t.threshold), price: String(t.price) })),
    })),
  }
}

const WHOLE = /^\d+$/
const AMOUNT = /^\d+(\.\d+)?$/
const CENTS = /^\d+(\.\d{1,2})?$/
const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/

const whole = (v: string) => (WHOLE.test(v.trim()) ? Number(v.trim()) : null)

/**
 * Problems of one currency's tiers, in the order the operator entered them: thresholds whole, at least 1,
 * rising and within the group size; prices positive, in cents, falling.
 */
export function tierProblems(currency: string, rows: TierRow[], maxPerGroup: number | null): Problems {
  const out: Problems = {}
  if (!rows.length) {
    out[`tiers.${currency}`] = { key: "tiersRequired" }
    return out
  }
  let prevThreshold: number | null = null
  let prevPrice: number | null = null
  rows.forEach((row, i) => {
    const at = `tiers.${currency}.${i}`
    const threshold = whole(row.threshold)
    if (!row.threshold.trim()) {
      out[`${at}.threshold`] = { key: "required" }
    } else if (threshold === null || threshold < 1) {
      out[`${at}.threshold`] = { key: "wholeAtLeastOne" }
    } else if (prevThreshold !== null && threshold <= prevThreshold) {
      out[`${at}.threshold`] = { key: "thresholdNotRising", values: { previous: prevThreshold } }
    } else if (maxPerGroup !== null && threshold > maxPerGroup) {
      out[`${at}.threshold`] = { key: "thresholdAboveMax", values: { max: maxPerGroup } }
    }
    const priceText = row.price.trim()
    const price = AMOUNT.test(priceText) ? Number(priceText) : null
    if (!priceText) {
      out[`${at}.price`] = { key: "required" }
    } else if (price === null || price <= 0) {
      out[`${at}.price`] = { key: "pricePositive" }
    } else if (!CENTS.test(priceText)) {
      out[`${at}.price`] = { key: "priceCents" }
    } else if (prevPrice !== null && price >= prevPrice) {
      out[`${at}.price`] = { key: "priceNotFalling", values: { previous: prevPrice } }
    }
    if (threshold !== null && threshold >= 1) prevThreshold = Math.max(prevThreshold ?? 0, threshold)
    if (price !== null && price > 0) prevPrice = prevPrice === null ? price : Math.min(prevPrice, price)
  })
  return out
}

/** Every problem of the form (empty: it can be saved). `locked`: a live campaign, whose pricing is fixed. */
export function formProblems(f: CampaignForm, locked = false): Problems {
  const out: Problems = {}
  const required = (k: keyof CampaignForm) => {
    if (!String(f[k]).trim()) out[k] = { key: "required" }
  }
  const optionalWhole = (k: keyof CampaignForm, min: number) => {
    const v = String(f[k]).trim()
    if (v && (whole(v) === null || whole(v)! < min)) out[k] = { key: min === 0 ? "wholeAtLeastZero" : "wholeAtLeastOne" }
  }
  required("title")
  const max = whole(f.max_per_group)
  if (!locked) {
    if (!f.product_id) out.product_id = { key: "productRequired" }
    else if (!f.variant_ids.length) out.variant_ids = { key: "variantsRequired" }
    if (max === null || max < 1) out.max_per_group = { key: f.max_per_group.trim() ? "wholeAtLeastOne" : "required" }
    if (!f.tiers.length) out.tiers = { key: "tiersRequired" }
    const seen = new Set<string>()
    for (const t of f.tiers) {
      if (seen.has(t.currency_code)) out[`tiers.${t.currency_code}`] = { key: "currencyTwice" }
      seen.add(t.currency_code)
      Object.assign(out, tierProblems(t.currency_code, t.rows, max !== null && max >= 1 ? max : null))
    }
  }
  if (f.kind === "team") {
    const hours = whole(f.group_lifetime_hours)
    if (!f.group_lifetime_hours.trim()) out.group_lifetime_hours = { key: "required" }
    else if (hours === null || hours < 1 || hours > 720) out.group_lifetime_hours = { key: "lifetimeRange" }
  } else if (!HHMM.test(f.cutoff_time)) {
    out.cutoff_time = { key: f.cutoff_time ? "cutoffFormat" : "required" }
  }
  required("starts_at")
  required("ends_at")
  if (f.starts_at && f.ends_at && new Date(f.ends_at) <= new Date(f.starts_at)) {
    out.ends_at = { key: "endsBeforeStarts" }
  }
  optionalWhole("max_units_per_customer", 1)
  optionalWhole("max_joins_per_customer", 1)
  optionalWhole("stock_cap", 0)
  return out
}

/**
 * The request body. Creating: a draft with everything. Editing a live or ended campaign (`locked`): without
 * kind, product, variants, group size and tiers, which the route refuses to change (campaign_not_draft).
 */
export function campaignBody(f: CampaignForm, mode: { creating: boolean; locked: boolean }) {
  const num = (v: string) => (v.trim() === "" ? null : Number(v.trim()))
  const body: Record<string, unknown> = {
    title: f.title.trim(),
    description: f.description.trim() || null,
    group_lifetime_hours: f.kind === "team" ? num(f.group_lifetime_hours) : null,
    cutoff_time: f.kind === "community" ? f.cutoff_time : null,
    starts_at: fromLocalInput(f.starts_at),
    ends_at: fromLocalInput(f.ends_at),
    max_units_per_customer: num(f.max_units_per_customer),
    max_joins_per_customer: num(f.max_joins_per_customer),
    stock_cap: num(f.stock_cap),
    auto_fill: f.auto_fill,
  }
  if (!mode.locked) {
    Object.assign(body, {
      kind: f.kind,
      product_id: f.product_id,
      variant_ids: f.variant_ids,
      max_per_group: num(f.max_per_group),
      tiers: f.tiers.flatMap((t) =>
        t.rows.map((r) => ({ currency_code: t.currency_code, threshold: Number(r.threshold.trim()), price: Number(r.price.trim()) }))
      ),
    })
  }
  if (mode.creating) {
    body.status = "draft"
  }
  return body
}
