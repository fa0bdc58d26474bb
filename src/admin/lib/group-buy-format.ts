import type { AdminCampaign, AdminGroup, AdminMember, CampaignTier } from "../hooks/use-group-buy"

/** Pure display helpers of the group-buy pages (unit-tested in __tests__/group-buy-form.unit.spec.ts). */

/** What a group counts toward its tiers: members (team) or units (community), places held included. */
export const groupCount = (g: Pick<AdminGroup, "kind" | "member_count" | "quantity">) => (g.kind === "team" ? g.member_count : g.quantity)

/** The tiers of one currency, thresholds rising. */
export const tiersIn = (tiers: CampaignTier[], currency: string) =>
  tiers.filter((t) => t.currency_code === currency).sort((a, b) => a.threshold - b.threshold)

/**
 * A group's progress: the count, how many more it needs to succeed, the tier reached (null below the first),
 * the next tier and how many more reach it, and the share of the group's capacity filled (0–100).
 */
export function groupProgress(g: Pick<AdminGroup, "kind" | "member_count" | "quantity" | "capacity" | "success_threshold">, tiers: CampaignTier[]) {
  const count = groupCount(g)
  const reached = [...tiers].filter((t) => t.threshold <= count).pop() ?? null
  const next = tiers.find((t) => t.threshold > count) ?? null
  return {
    count,
    neededToSucceed: Math.max(0, g.success_threshold - count),
    reached,
    next,
    neededForNext: next ? next.threshold - count : 0,
    percent: g.capacity > 0 ? Math.min(100, Math.round((count / g.capacity) * 100)) : 0,
  }
}

/** Seconds until `iso` from `now` (negative once passed). */
export const secondsUntil = (iso: string, now: number) => Math.round((new Date(iso).getTime() - now) / 1000)

export type PaymentStateKey = "none" | "authorized" | "captured" | "partiallyRefunded" | "refunded" | "voided"

/** The member's payment in one word (key under `groupBuy.payment`). */
export function paymentState(m: Pick<AdminMember, "payment">): PaymentStateKey {
  const p = m.payment
  if (!p) return "none"
  if (p.canceled) return "voided"
  if (p.refunded_amount > 0) {
    return p.refunded_amount >= (p.captured_amount || p.amount) ? "refunded" : "partiallyRefunded"
  }
  return p.captured ? "captured" : "authorized"
}

/** One line of tiers: "2+ → CN¥9.90 · 3+ → CN¥8.80" (per currency, thresholds rising). */
export function tiersSummary(tiers: CampaignTier[], money: (amount: number, currency: string) => string) {
  const currencies = [...new Set(tiers.map((t) => t.currency_code))]
  return currencies
    .map((c) =>
      tiersIn(tiers, c)
        .map((t) => `${t.threshold}+ → ${money(t.price, c)}`)
        .join(" · ")
    )
    .join(" / ")
}

/** Sold of the cap: "12 / 100", or "12 / ∞" without a cap. */
export const soldOfStock = (c: Pick<AdminCampaign, "sold_quantity" | "stock_cap">) => `${c.sold_quantity} / ${c.stock_cap ?? "∞"}`

export const GROUP_STATUS_COLOR: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = {
  open: "orange",
  succeeded: "green",
  closed: "blue",
  failed: "red",
}
export const CAMPAIGN_STATUS_COLOR: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = {
  draft: "grey",
  active: "green",
  ended: "blue",
}

/**
 * The tier a succeeded group closes at now (as the close workflow prices it): the tier its confirmed members
 * (team) or units (community) reached; an auto-filled group keeps its first tier.
 */
export function closingTier(
  g: Pick<AdminGroup, "kind" | "confirmed_count" | "confirmed_quantity" | "auto_filled">,
  tiers: CampaignTier[]
): CampaignTier | null {
  if (!tiers.length) return null
  if (g.auto_filled) return tiers[0]
  const confirmed = g.kind === "team" ? g.confirmed_count : g.confirmed_quantity
  return [...tiers].filter((t) => t.threshold <= confirmed).pop() ?? tiers[0]
}
