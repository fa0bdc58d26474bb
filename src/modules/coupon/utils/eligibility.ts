import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import { roundMoney } from "../../../lib/money"
import type { ClaimTerms, TemplateTerms } from "../types"
import { claimState } from "./validity"

export type CartItemFacts = {
  id: string
  product_id: string | null
  category_ids: string[]
  /** Line subtotal before discounts (unit price × quantity). */
  subtotal: BigNumberInput
  is_discountable?: boolean
}

export type CartFacts = {
  id: string
  customer_id: string | null
  currency_code: string
  items: CartItemFacts[]
}

export type AppliedCoupon = {
  claim: ClaimTerms
  template: TemplateTerms
  /** When the claim was applied to the cart: earlier applications win stacking conflicts. */
  applied_at: Date | string
}

export type CouponRejection =
  | "coupon_not_yours"
  | "coupon_already_used"
  | "coupon_expired"
  | "coupon_not_yet_valid"
  | "coupon_disabled"
  | "coupon_currency_mismatch"
  | "coupon_no_eligible_items"
  | "coupon_threshold_not_met"
  | "coupon_not_stackable"
  | "coupon_template_already_applied"

export type AcceptedCoupon = {
  claim_id: string
  template_id: string
  /** The value our promotion rule matches: the template id, or "<id>:cap" when the cap promotion applies. */
  promotion_key: string
  eligible_subtotal: BigNumber
  estimated_discount: BigNumber
}

export type RejectedCoupon = {
  claim_id: string
  template_id: string
  reason: CouponRejection
  /** For coupon_threshold_not_met: how much more of the eligible items to buy (还差 ¥X). */
  missing_amount?: BigNumber
}

/** The key our promotion rule (`coupon_wallet.applied in [...]`) matches for a template's main or cap promotion. */
export function promotionKey(templateId: string, variant: "main" | "cap"): string {
  return variant === "cap" ? `${templateId}:cap` : templateId
}

/** Items a template's discount applies to. Items marked not discountable (e.g. group prices) never count. */
export function eligibleItems(t: Pick<TemplateTerms, "scope" | "scope_ids">, items: CartItemFacts[]): CartItemFacts[] {
  const ids = new Set(t.scope_ids)
  return items.filter((item) => {
    if (item.is_discountable === false || MathBN.lte(item.subtotal, 0)) {
      return false
    }
    if (t.scope === "categories") {
      return item.category_ids.some((c) => ids.has(c))
    }
    if (t.scope === "products") {
      return !!item.product_id && ids.has(item.product_id)
    }
    return true
  })
}

/** The discount a template gives on an eligible subtotal, and which of its promotions gives it. */
export function estimateDiscount(
  t: Pick<TemplateTerms, "id" | "type" | "value" | "max_discount" | "currency_code">,
  eligibleSubtotal: BigNumberInput
): { amount: BigNumber; promotion_key: string } {
  const base = MathBN.convert(eligibleSubtotal)
  if (t.type === "percentage") {
    const pct = roundMoney(base.times(MathBN.convert(t.value)).div(100), t.currency_code)
    if (t.max_discount !== null && t.max_discount !== undefined && MathBN.gt(pct, t.max_discount)) {
      return { amount: roundMoney(t.max_discount, t.currency_code), promotion_key: promotionKey(t.id, "cap") }
    }
    return { amount: pct, promotion_key: promotionKey(t.id, "main") }
  }
  const amount = MathBN.min(MathBN.convert(t.value), base)
  return { amount: roundMoney(amount, t.currency_code), promotion_key: promotionKey(t.id, "main") }
}

/** Checks one applied coupon on its own (holder, status, validity, currency, scope, threshold). */
function checkOne(cart: CartFacts, a: AppliedCoupon, now: Date): RejectedCoupon | AcceptedCoupon {
  const { claim, template } = a
  const reject = (reason: CouponRejection, extra: Partial<RejectedCoupon> = {}): RejectedCoupon => ({
    claim_id: claim.id,
    template_id: template.id,
    reason,
    ...extra,
  })
  if (!cart.customer_id || claim.customer_id !== cart.customer_id) {
    return reject("coupon_not_yours")
  }
  if (claim.status === "used" && claim.used_cart_id !== cart.id) {
    return reject("coupon_already_used")
  }
  const state = claimState(claim, now)
  if (state === "expired") {
    return reject("coupon_expired")
  }
  if (state === "not_yet_valid") {
    return reject("coupon_not_yet_valid")
  }
  if (template.status !== "active") {
    return reject("coupon_disabled")
  }
  if (template.currency_code.toLowerCase() !== cart.currency_code.toLowerCase()) {
    return reject("coupon_currency_mismatch")
  }
  const items = eligibleItems(template, cart.items)
  if (!items.length) {
    return reject("coupon_no_eligible_items")
  }
  const subtotal = items.reduce((sum, i) => sum.plus(MathBN.convert(i.subtotal)), MathBN.convert(0))
  if (template.min_subtotal !== null && template.min_subtotal !== undefined && MathBN.lt(subtotal, template.min_subtotal)) {
    return reject("coupon_threshold_not_met", {
      missing_amount: roundMoney(MathBN.sub(template.min_subtotal, subtotal), template.currency_code),
    })
  }
  const estimate = estimateDiscount(template, subtotal)
  return {
    claim_id: claim.id,
    template_id: template.id,
    promotion_key: estimate.promotion_key,
    eligible_subtotal: new BigNumber(subtotal),
    estimated_discount: estimate.amount,
  }
}

/**
 * Decides which of the coupons applied to a cart take effect. Rules, in application order: each coupon must
 * pass checkOne; a template counts once; a non-stackable coupon stands alone (the earlier application wins).
 * Used both to build the promotion context on every cart refresh and to re-check at completion.
 */
export function evaluateCartCoupons(
  cart: CartFacts,
  applied: AppliedCoupon[],
  now: Date
): { accepted: AcceptedCoupon[]; rejected: RejectedCoupon[] } {
  const accepted: AcceptedCoupon[] = []
  const rejected: RejectedCoupon[] = []
  const stackable = new Map<string, boolean>()
  const ordered = [...applied].sort(
    (a, b) => new Date(a.applied_at).getTime() - new Date(b.applied_at).getTime() || a.claim.id.localeCompare(b.claim.id)
  )
  for (const a of ordered) {
    const result = checkOne(cart, a, now)
    if ("reason" in result) {
      rejected.push(result)
      continue
    }
    if (accepted.some((x) => x.template_id === a.template.id)) {
      rejected.push({ claim_id: a.claim.id, template_id: a.template.id, reason: "coupon_template_already_applied" })
      continue
    }
    const othersStack = accepted.every((x) => stackable.get(x.template_id))
    if (accepted.length && (!a.template.stackable || !othersStack)) {
      rejected.push({ claim_id: a.claim.id, template_id: a.template.id, reason: "coupon_not_stackable" })
      continue
    }
    stackable.set(a.template.id, a.template.stackable)
    accepted.push(result)
  }
  return { accepted, rejected }
}
