import { audienceRefusal, claimRefusal } from "../utils/claimability"
import { promotionCode, promotionSpec } from "../utils/promotion-spec"
import { templateTermsProblems } from "../utils/template-terms"
import { campaignWindow, claimState, claimValidity, claimWindowState } from "../utils/validity"
import { generateReferralCode, isWellFormedReferralCode, normalizeReferralCode, referralShareUrl } from "../utils/referral-code"
import type { TemplateTerms } from "../types"

const NOW = new Date("2026-11-25T04:00:00Z")
const HOUR = 3600 * 1000

function tpl(overrides: Partial<TemplateTerms> = {}): TemplateTerms {
  return {
    id: "cptpl_01abc",
    name_zh: "生鲜9折",
    name_en: "10% off fresh food",
    type: "percentage",
    value: 10,
    max_discount: 20,
    min_subtotal: null,
    currency_code: "cny",
    scope: "categories",
    scope_ids: ["pcat_fresh"],
    total_stock: 100,
    claimed_count: 0,
    per_customer_limit: 2,
    per_customer_daily_limit: 1,
    audience: "everyone",
    audience_tiers: [],
    starts_at: null,
    ends_at: null,
    validity_type: "relative",
    valid_days: 7,
    valid_from: null,
    valid_until: null,
    stackable: false,
    status: "active",
    ...overrides,
  }
}

describe("validity", () => {
  it("runs N days from claiming for relative validity", () => {
    expect(claimValidity(tpl({ valid_days: 3 }), NOW)).toEqual({
      valid_from: NOW,
      expires_at: new Date("2026-11-28T04:00:00Z"),
    })
  })
  it("runs from the later of valid_from and claiming until valid_until for a fixed window", () => {
    const t = tpl({ validity_type: "fixed", valid_days: null, valid_from: "2026-12-01T00:00:00Z", valid_until: "2026-12-08T00:00:00Z" })
    expect(claimValidity(t, NOW)).toEqual({
      valid_from: new Date("2026-12-01T00:00:00Z"),
      expires_at: new Date("2026-12-08T00:00:00Z"),
    })
    expect(claimValidity({ ...t, valid_from: "2026-11-01T00:00:00Z" }, NOW).valid_from).toEqual(NOW)
  })
  it("keeps an issued coupon inside the Medusa campaign's window (issued before a flash window or after it)", () => {
    const flash = tpl({ starts_at: "2026-12-12T00:00:00Z", ends_at: "2026-12-13T00:00:00Z", valid_days: 2 })
    // Issued before the window: usable from its start, for 2 days from then.
    expect(claimValidity(flash, NOW)).toEqual({ valid_from: new Date("2026-12-12T00:00:00Z"), expires_at: new Date("2026-12-14T00:00:00Z") })
    // Issued after the window: runs out with the campaign (2 days after the window), not 2 days after issuing.
    const late = new Date("2026-12-14T00:00:00Z")
    expect(claimValidity(flash, late)).toEqual({ valid_from: late, expires_at: new Date("2026-12-15T00:00:00Z") })
    // Claimed inside the window: its own validity, untouched.
    const inside = new Date("2026-12-12T06:00:00Z")
    expect(claimValidity(flash, inside)).toEqual({ valid_from: inside, expires_at: new Date("2026-12-14T06:00:00Z") })
    const fixed = tpl({ validity_type: "fixed", valid_from: null, valid_until: "2027-01-01T00:00:00Z", starts_at: "2026-12-01T00:00:00Z" })
    expect(claimValidity(fixed, NOW)).toEqual({ valid_from: new Date("2026-12-01T00:00:00Z"), expires_at: new Date("2027-01-01T00:00:00Z") })
  })
  it("spans the campaign over every possible use", () => {
    const flash = tpl({ starts_at: "2026-12-12T00:00:00Z", ends_at: "2026-12-13T00:00:00Z", valid_days: 2 })
    expect(campaignWindow(flash)).toEqual({ starts_at: new Date("2026-12-12T00:00:00Z"), ends_at: new Date("2026-12-15T00:00:00Z") })
    expect(campaignWindow(tpl())).toEqual({ starts_at: null, ends_at: null })
    const fixed = tpl({ validity_type: "fixed", valid_from: null, valid_until: "2027-01-01T00:00:00Z", starts_at: "2026-12-01T00:00:00Z" })
    expect(campaignWindow(fixed)).toEqual({ starts_at: new Date("2026-12-01T00:00:00Z"), ends_at: new Date("2027-01-01T00:00:00Z") })
  })
  it("counts down to the start of an upcoming window and to the end of a live one", () => {
    const t = tpl({ starts_at: new Date(NOW.getTime() + 2 * HOUR), ends_at: new Date(NOW.getTime() + 5 * HOUR) })
    expect(claimWindowState(t, NOW)).toEqual({ phase: "upcoming", starts_in_seconds: 7200, ends_in_seconds: 18000 })
    expect(claimWindowState(t, new Date(NOW.getTime() + 3 * HOUR))).toEqual({
      phase: "live",
      starts_in_seconds: null,
      ends_in_seconds: 7200,
    })
    expect(claimWindowState(t, new Date(NOW.getTime() + 5 * HOUR)).phase).toBe("ended")
    expect(claimWindowState(tpl(), NOW)).toEqual({ phase: "live", starts_in_seconds: null, ends_in_seconds: null })
  })
  it("derives expired from the end date, used from the status", () => {
    const claim = { status: "available" as const, valid_from: NOW, expires_at: new Date(NOW.getTime() + HOUR) }
    expect(claimState(claim, NOW)).toBe("available")
    expect(claimState(claim, new Date(NOW.getTime() + HOUR))).toBe("expired")
    expect(claimState({ ...claim, status: "used" }, new Date(NOW.getTime() + 2 * HOUR))).toBe("used")
    expect(claimState(claim, new Date(NOW.getTime() - 1))).toBe("not_yet_valid")
  })
})

describe("claimRefusal", () => {
  const everyone = { isNewCustomer: true, tierCode: null }
  it("refuses outside the window, when disabled, out of stock or issued only", () => {
    expect(claimRefusal(tpl({ starts_at: new Date(NOW.getTime() + HOUR) }), NOW, everyone, null)).toBe("coupon_not_started")
    expect(claimRefusal(tpl({ ends_at: NOW }), NOW, everyone, null)).toBe("coupon_ended")
    expect(claimRefusal(tpl({ status: "disabled" }), NOW, everyone, null)).toBe("coupon_disabled")
    expect(claimRefusal(tpl({ total_stock: 5, claimed_count: 5 }), NOW, everyone, null)).toBe("coupon_out_of_stock")
    expect(claimRefusal(tpl({ audience: "issued_only" }), NOW, everyone, null)).toBe("coupon_issued_only")
    expect(claimRefusal(tpl(), NOW, everyone, { total: 0, today: 0 })).toBeNull()
  })
  it("applies the per-customer and per-day limits", () => {
    expect(claimRefusal(tpl(), NOW, everyone, { total: 2, today: 0 })).toBe("coupon_claim_limit")
    expect(claimRefusal(tpl(), NOW, everyone, { total: 1, today: 1 })).toBe("coupon_daily_limit")
  })
  it("keeps new-customer coupons from customers with an order and tier coupons from other tiers", () => {
    expect(audienceRefusal(tpl({ audience: "new_customers" }), { isNewCustomer: false, tierCode: null })).toBe(
      "coupon_audience_new_customer"
    )
    expect(audienceRefusal(tpl({ audience: "new_customers" }), { isNewCustomer: true, tierCode: null })).toBeNull()
    const gold = tpl({ audience: "tiers", audience_tiers: ["gold"] })
    expect(audienceRefusal(gold, { isNewCustomer: false, tierCode: "silver" })).toBe("coupon_audience_tier")
    expect(audienceRefusal(gold, { isNewCustomer: false, tierCode: null })).toBe("coupon_audience_tier")
    expect(audienceRefusal(gold, { isNewCustomer: false, tierCode: "gold" })).toBeNull()
  })
})

describe("promotionSpec", () => {
  it("backs a capped percentage with a percentage and a fixed cap promotion, matched by our context key", () => {
    const spec = promotionSpec(tpl())
    expect(spec.promotions).toEqual([
      expect.objectContaining({
        code: "CPN-CPTPL_01ABC",
        status: "active",
        application_method: expect.objectContaining({
          type: "percentage",
          value: 10,
          target_type: "items",
          target_rules: [{ attribute: "items.product.categories.id", operator: "in", values: ["pcat_fresh"] }],
        }),
        rules: [{ attribute: "coupon_wallet.applied", operator: "in", values: ["cptpl_01abc"] }],
      }),
      expect.objectContaining({
        code: "CPN-CPTPL_01ABC-CAP",
        application_method: expect.objectContaining({ type: "fixed", value: 20, currency_code: "cny" }),
        rules: [{ attribute: "coupon_wallet.applied", operator: "in", values: ["cptpl_01abc:cap"] }],
      }),
    ])
    expect(spec.campaign).toMatchObject({ campaign_identifier: "coupon:cptpl_01abc", budget_limit: 100 })
  })
  it("backs a whole-order threshold coupon with one fixed promotion on the order, inactive when disabled", () => {
    const spec = promotionSpec(tpl({ type: "threshold", value: 15, max_discount: null, min_subtotal: 99, scope: "order", scope_ids: [], status: "disabled", total_stock: null }))
    expect(spec.promotions).toHaveLength(1)
    expect(spec.promotions[0]).toMatchObject({
      status: "inactive",
      application_method: { type: "fixed", value: 15, target_type: "order", target_rules: [] },
    })
    expect(spec.campaign.budget_limit).toBeNull()
    expect(promotionCode("cptpl_x", "cap")).toBe("CPN-CPTPL_X-CAP")
  })
})

describe("templateTermsProblems", () => {
  const ok = tpl()
  it("accepts consistent terms", () => {
    expect(templateTermsProblems(ok)).toEqual([])
  })
  it("names every inconsistency", () => {
    expect(templateTermsProblems({ ...ok, max_discount: null })).toContain("a percentage coupon needs max_discount (its cap) above 0")
    expect(templateTermsProblems({ ...ok, value: 100 })).toContain("a percentage value must be below 100")
    expect(templateTermsProblems({ ...ok, type: "threshold", max_discount: null, min_subtotal: null })).toContain(
      "a threshold coupon needs min_subtotal above 0"
    )
    expect(templateTermsProblems({ ...ok, type: "threshold", max_discount: null, value: 50, min_subtotal: 40 })).toContain(
      "a threshold coupon cannot take off more than its min_subtotal"
    )
    expect(templateTermsProblems({ ...ok, type: "fixed", max_discount: null, min_subtotal: 10 })).toContain(
      "a fixed coupon has no min_subtotal (use a threshold coupon)"
    )
    expect(templateTermsProblems({ ...ok, scope_ids: [] })).toContain("scope categories needs scope_ids")
    expect(templateTermsProblems({ ...ok, per_customer_daily_limit: 3 })).toContain(
      "per_customer_daily_limit cannot exceed per_customer_limit"
    )
    expect(templateTermsProblems({ ...ok, audience: "tiers" })).toContain("audience tiers needs audience_tiers")
    expect(templateTermsProblems({ ...ok, valid_days: null })).toContain("relative validity needs valid_days >= 1")
    expect(templateTermsProblems({ ...ok, validity_type: "fixed" })).toContain("fixed validity needs valid_until")
    expect(templateTermsProblems({ ...ok, starts_at: NOW, ends_at: NOW })).toContain("starts_at must be before ends_at")
  })
})

describe("referral codes", () => {
  it("generates well-formed codes without look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateReferralCode()
      expect(isWellFormedReferralCode(code)).toBe(true)
      expect(code).not.toMatch(/[01IOL]/)
    }
    expect(generateReferralCode(() => 0)).toBe("22222222")
  })
  it("normalizes what a customer typed", () => {
    expect(normalizeReferralCode(" abcd-efgh ")).toBe("ABCDEFGH")
  })
  it("builds share links that keep the page and carry the code", () => {
    expect(referralShareUrl("https://shop.example.com", "ABCD2345")).toBe("https://shop.example.com/?ref=ABCD2345")
    expect(referralShareUrl("https://shop.example.com/", "ABCD2345", "/groups/gbgrp_1?utm=wx")).toBe(
      "https://shop.example.com/groups/gbgrp_1?utm=wx&ref=ABCD2345"
    )
  })
})
