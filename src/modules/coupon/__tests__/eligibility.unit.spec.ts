import { evaluateCartCoupons, estimateDiscount, eligibleItems, type AppliedCoupon, type CartFacts } from "../utils/eligibility"
import type { TemplateTerms } from "../types"

const NOW = new Date("2026-11-25T04:00:00Z")

function tpl(overrides: Partial<TemplateTerms> = {}): TemplateTerms {
  return {
    id: "cptpl_a",
    name_zh: "券",
    name_en: "Coupon",
    type: "fixed",
    value: 10,
    max_discount: null,
    min_subtotal: null,
    currency_code: "cny",
    scope: "order",
    scope_ids: [],
    total_stock: null,
    claimed_count: 0,
    per_customer_limit: 1,
    per_customer_daily_limit: null,
    audience: "everyone",
    audience_tiers: [],
    validity_type: "relative",
    valid_days: 7,
    stackable: false,
    status: "active",
    ...overrides,
  }
}

function applied(t: TemplateTerms, claimId: string, minutesAgo = 0, claim: Partial<AppliedCoupon["claim"]> = {}): AppliedCoupon {
  return {
    template: t,
    applied_at: new Date(NOW.getTime() - minutesAgo * 60000),
    claim: {
      id: claimId,
      customer_id: "cus_1",
      status: "available",
      valid_from: new Date("2026-11-20T00:00:00Z"),
      expires_at: new Date("2026-12-01T00:00:00Z"),
      ...claim,
    },
  }
}

const cart: CartFacts = {
  id: "cart_1",
  customer_id: "cus_1",
  currency_code: "cny",
  items: [
    { id: "i1", product_id: "prod_rice", category_ids: ["cat_grain"], subtotal: 69.9 },
    { id: "i2", product_id: "prod_milk", category_ids: ["cat_dairy"], subtotal: 30 },
    { id: "i3", product_id: "prod_group", category_ids: ["cat_grain"], subtotal: 50, is_discountable: false },
  ],
}

describe("eligibleItems", () => {
  it("takes every discountable item for an order coupon, never a non-discountable one", () => {
    expect(eligibleItems(tpl(), cart.items).map((i) => i.id)).toEqual(["i1", "i2"])
  })
  it("takes only items of the scoped categories or products", () => {
    expect(eligibleItems(tpl({ scope: "categories", scope_ids: ["cat_dairy"] }), cart.items).map((i) => i.id)).toEqual(["i2"])
    expect(eligibleItems(tpl({ scope: "products", scope_ids: ["prod_rice"] }), cart.items).map((i) => i.id)).toEqual(["i1"])
  })
})

describe("estimateDiscount", () => {
  it("gives a fixed amount, never more than the eligible subtotal", () => {
    expect(estimateDiscount(tpl({ value: 10 }), 99.9).amount.numeric).toBe(10)
    expect(estimateDiscount(tpl({ value: 10 }), 6.5).amount.numeric).toBe(6.5)
  })
  it("gives the percentage below the cap through the main promotion", () => {
    // 10% of 99.90 = 9.99, below the cap of 20
    const r = estimateDiscount(tpl({ type: "percentage", value: 10, max_discount: 20 }), 99.9)
    expect(r.amount.numeric).toBe(9.99)
    expect(r.promotion_key).toBe("cptpl_a")
  })
  it("gives the cap through the cap promotion when the percentage is above it", () => {
    // 10% of 300 = 30, capped at 20
    const r = estimateDiscount(tpl({ type: "percentage", value: 10, max_discount: 20 }), 300)
    expect(r.amount.numeric).toBe(20)
    expect(r.promotion_key).toBe("cptpl_a:cap")
  })
  it("rounds the percentage to the minor unit, half away from zero", () => {
    // 15% of 33.3 = 4.995 → 5.00
    expect(estimateDiscount(tpl({ type: "percentage", value: 15, max_discount: 50 }), 33.3).amount.numeric).toBe(5)
  })
})

describe("evaluateCartCoupons", () => {
  it("accepts a threshold coupon at exactly the threshold and refuses it one cent below", () => {
    const t = tpl({ type: "threshold", value: 15, min_subtotal: 99.9 })
    expect(evaluateCartCoupons(cart, [applied(t, "c1")], NOW).accepted).toHaveLength(1)
    const below = tpl({ type: "threshold", value: 15, min_subtotal: 99.91 })
    const r = evaluateCartCoupons(cart, [applied(below, "c1")], NOW)
    expect(r.accepted).toEqual([])
    expect(r.rejected[0].reason).toBe("coupon_threshold_not_met")
    expect(r.rejected[0].missing_amount?.numeric).toBe(0.01)
  })

  it("measures a category threshold on that category's items only", () => {
    const t = tpl({ type: "threshold", value: 5, min_subtotal: 40, scope: "categories", scope_ids: ["cat_dairy"] })
    const r = evaluateCartCoupons(cart, [applied(t, "c1")], NOW)
    expect(r.rejected[0]).toMatchObject({ reason: "coupon_threshold_not_met" })
    expect(r.rejected[0].missing_amount?.numeric).toBe(10) // 40 − 30 of dairy
  })

  it("refuses another customer's coupon, a used one, an expired one and one not valid yet", () => {
    const t = tpl()
    const reasons = (c: Partial<AppliedCoupon["claim"]>) => evaluateCartCoupons(cart, [applied(t, "c1", 0, c)], NOW).rejected[0]?.reason
    expect(reasons({ customer_id: "cus_2" })).toBe("coupon_not_yours")
    expect(reasons({ status: "used", used_cart_id: "cart_other" })).toBe("coupon_already_used")
    expect(reasons({ expires_at: NOW })).toBe("coupon_expired")
    expect(reasons({ valid_from: new Date(NOW.getTime() + 1000) })).toBe("coupon_not_yet_valid")
    // Used by this very cart: a repeated completion.
    expect(reasons({ status: "used", used_cart_id: "cart_1" })).toBeUndefined()
  })

  it("refuses a disabled template, another currency and a cart with nothing in scope", () => {
    expect(evaluateCartCoupons(cart, [applied(tpl({ status: "disabled" }), "c1")], NOW).rejected[0].reason).toBe("coupon_disabled")
    expect(evaluateCartCoupons(cart, [applied(tpl({ currency_code: "usd" }), "c1")], NOW).rejected[0].reason).toBe(
      "coupon_currency_mismatch"
    )
    const none = tpl({ scope: "products", scope_ids: ["prod_none"] })
    expect(evaluateCartCoupons(cart, [applied(none, "c1")], NOW).rejected[0].reason).toBe("coupon_no_eligible_items")
  })

  it("keeps the earlier of two coupons unless both are stackable", () => {
    const a = tpl({ id: "cptpl_a" })
    const b = tpl({ id: "cptpl_b" })
    const r = evaluateCartCoupons(cart, [applied(b, "c2", 1), applied(a, "c1", 5)], NOW)
    expect(r.accepted.map((x) => x.claim_id)).toEqual(["c1"])
    expect(r.rejected).toEqual([expect.objectContaining({ claim_id: "c2", reason: "coupon_not_stackable" })])

    const sa = tpl({ id: "cptpl_a", stackable: true })
    const sb = tpl({ id: "cptpl_b", stackable: true })
    expect(evaluateCartCoupons(cart, [applied(sa, "c1", 5), applied(sb, "c2", 1)], NOW).accepted).toHaveLength(2)

    // A stackable one first does not let a non-stackable one join.
    const r2 = evaluateCartCoupons(cart, [applied(sa, "c1", 5), applied(b, "c2", 1)], NOW)
    expect(r2.rejected).toEqual([expect.objectContaining({ claim_id: "c2", reason: "coupon_not_stackable" })])
  })

  it("counts a template once even with two of its claims applied", () => {
    const t = tpl({ stackable: true })
    const r = evaluateCartCoupons(cart, [applied(t, "c1", 5), applied(t, "c2", 1)], NOW)
    expect(r.accepted.map((x) => x.claim_id)).toEqual(["c1"])
    expect(r.rejected[0].reason).toBe("coupon_template_already_applied")
  })

  it("does not let a rejected coupon block the next one", () => {
    const expired = applied(tpl({ id: "cptpl_x" }), "c1", 5, { expires_at: NOW })
    const r = evaluateCartCoupons(cart, [expired, applied(tpl({ id: "cptpl_y" }), "c2", 1)], NOW)
    expect(r.accepted.map((x) => x.claim_id)).toEqual(["c2"])
  })

  it("refuses everything on a cart without a customer", () => {
    const r = evaluateCartCoupons({ ...cart, customer_id: null }, [applied(tpl(), "c1")], NOW)
    expect(r.rejected[0].reason).toBe("coupon_not_yours")
  })
})
