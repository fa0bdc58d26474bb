import type { TemplateTerms } from "../types"
import { claimWindowState } from "./validity"

/** Who the customer is, as far as a template's audience is concerned. */
export type AudienceFacts = {
  /** No placed order yet (canceled ones do not count). */
  isNewCustomer: boolean
  /** Membership tier code from the loyalty module, or null (no loyalty module / no tier). */
  tierCode: string | null
}

export type ClaimRefusal =
  | "coupon_disabled"
  | "coupon_not_started"
  | "coupon_ended"
  | "coupon_out_of_stock"
  | "coupon_issued_only"
  | "coupon_audience_new_customer"
  | "coupon_audience_tier"
  | "coupon_claim_limit"
  | "coupon_daily_limit"

export const CLAIM_REFUSAL_MESSAGES: Record<ClaimRefusal, string> = {
  coupon_disabled: "This coupon is not available",
  coupon_not_started: "This coupon cannot be claimed yet",
  coupon_ended: "This coupon can no longer be claimed",
  coupon_out_of_stock: "This coupon has run out",
  coupon_issued_only: "This coupon is only issued by the store",
  coupon_audience_new_customer: "This coupon is for new customers only",
  coupon_audience_tier: "This coupon is for other membership tiers",
  coupon_claim_limit: "You have claimed this coupon as many times as allowed",
  coupon_daily_limit: "You have claimed this coupon as many times as allowed today",
}

/** Whether the audience rules let this customer have this template at all (claims and use alike). */
export function audienceRefusal(
  t: Pick<TemplateTerms, "audience" | "audience_tiers">,
  facts: AudienceFacts
): "coupon_audience_new_customer" | "coupon_audience_tier" | null {
  if (t.audience === "new_customers" && !facts.isNewCustomer) {
    return "coupon_audience_new_customer"
  }
  if (t.audience === "tiers" && (!facts.tierCode || !t.audience_tiers.includes(facts.tierCode))) {
    return "coupon_audience_tier"
  }
  return null
}

/**
 * Whether a customer may claim a template now. The stock and limit answers here are for listings; the
 * claim itself re-checks them under a row lock (service.claimCoupon), whatever this said.
 */
export function claimRefusal(
  t: Pick<
    TemplateTerms,
    | "status"
    | "starts_at"
    | "ends_at"
    | "total_stock"
    | "claimed_count"
    | "audience"
    | "audience_tiers"
    | "per_customer_limit"
    | "per_customer_daily_limit"
  >,
  now: Date,
  facts: AudienceFacts | null,
  counts: { total: number; today: number } | null
): ClaimRefusal | null {
  if (t.status !== "active") {
    return "coupon_disabled"
  }
  if (t.audience === "issued_only") {
    return "coupon_issued_only"
  }
  const window = claimWindowState(t, now)
  if (window.phase === "upcoming") {
    return "coupon_not_started"
  }
  if (window.phase === "ended") {
    return "coupon_ended"
  }
  if (t.total_stock !== null && t.total_stock !== undefined && t.claimed_count >= t.total_stock) {
    return "coupon_out_of_stock"
  }
  if (facts) {
    const audience = audienceRefusal(t, facts)
    if (audience) {
      return audience
    }
  }
  if (counts) {
    if (counts.total >= t.per_customer_limit) {
      return "coupon_claim_limit"
    }
    if (t.per_customer_daily_limit && counts.today >= t.per_customer_daily_limit) {
      return "coupon_daily_limit"
    }
  }
  return null
}
