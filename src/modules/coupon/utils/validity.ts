import type { ClaimTerms, TemplateTerms } from "../types"
import { addDays, toDate } from "./dates"

/**
 * When a coupon claimed at `claimedAt` may be used: a fixed window (from valid_from, or from claiming if
 * later, until valid_until) or `valid_days` days from claiming; always inside the window of the template's
 * Medusa campaign (see campaignWindow), where alone Medusa applies its promotions. A customer's claim inside
 * the claim window is never cut by it; a coupon issued outside it (an operator's, a registration gift, a
 * referral reward) is: issued before a flash window its days count from the window's start, issued after
 * the window it runs out when the campaign does, so the wallet never shows as usable a coupon that gives nothing.
 */
export function claimValidity(
  t: Pick<TemplateTerms, "validity_type" | "valid_from" | "valid_until" | "valid_days" | "starts_at" | "ends_at">,
  claimedAt: Date
): { valid_from: Date; expires_at: Date | null } {
  const window = campaignWindow(t)
  let own: { valid_from: Date; expires_at: Date | null }
  if (t.validity_type === "relative") {
    // The days count from when it can first be used.
    const from = window.starts_at && window.starts_at > claimedAt ? window.starts_at : claimedAt
    own = { valid_from: from, expires_at: addDays(from, t.valid_days ?? 0) }
  } else {
    const from = toDate(t.valid_from)
    own = { valid_from: from && from > claimedAt ? from : claimedAt, expires_at: toDate(t.valid_until) }
  }
  return {
    valid_from: window.starts_at && window.starts_at > own.valid_from ? window.starts_at : own.valid_from,
    expires_at: window.ends_at && (!own.expires_at || window.ends_at < own.expires_at) ? window.ends_at : own.expires_at,
  }
}

/**
 * The window of the Medusa campaign behind a template: the widest span in which any of its coupons can be
 * used. Medusa applies the promotions only inside it; each claim's own validity is checked by us.
 */
export function campaignWindow(
  t: Pick<TemplateTerms, "validity_type" | "valid_from" | "valid_until" | "valid_days" | "starts_at" | "ends_at">
): { starts_at: Date | null; ends_at: Date | null } {
  if (t.validity_type === "relative") {
    const end = toDate(t.ends_at)
    return { starts_at: toDate(t.starts_at), ends_at: end ? addDays(end, t.valid_days ?? 0) : null }
  }
  return { starts_at: toDate(t.valid_from) ?? toDate(t.starts_at), ends_at: toDate(t.valid_until) }
}

export type ClaimWindowPhase = "upcoming" | "live" | "ended"

/** Where `now` is relative to the claim window, with the countdown a listing shows (whole seconds). */
export function claimWindowState(
  t: Pick<TemplateTerms, "starts_at" | "ends_at">,
  now: Date
): { phase: ClaimWindowPhase; starts_in_seconds: number | null; ends_in_seconds: number | null } {
  const start = toDate(t.starts_at)
  const end = toDate(t.ends_at)
  const secondsUntil = (d: Date | null) => (d ? Math.max(0, Math.ceil((d.getTime() - now.getTime()) / 1000)) : null)
  if (start && now < start) {
    return { phase: "upcoming", starts_in_seconds: secondsUntil(start), ends_in_seconds: secondsUntil(end) }
  }
  if (end && now >= end) {
    return { phase: "ended", starts_in_seconds: null, ends_in_seconds: 0 }
  }
  return { phase: "live", starts_in_seconds: null, ends_in_seconds: secondsUntil(end) }
}

export type ClaimState = "available" | "used" | "expired" | "not_yet_valid"

/** The wallet status of a claim at `now` (expired is derived, never stored). */
export function claimState(c: Pick<ClaimTerms, "status" | "valid_from" | "expires_at">, now: Date): ClaimState {
  if (c.status === "used") {
    return "used"
  }
  const expires = toDate(c.expires_at)
  if (expires && now >= expires) {
    return "expired"
  }
  const from = toDate(c.valid_from)
  if (from && now < from) {
    return "not_yet_valid"
  }
  return "available"
}
