import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound, refused } from "../../../lib/errors"
import { audienceRefusal } from "../../../modules/coupon/utils/claimability"
import { evaluateCartCoupons } from "../../../modules/coupon/utils/eligibility"
import { audienceFacts } from "../utils/audience"
import { appliedCoupons, toCartFacts } from "../utils/cart-facts"
import { loadOwnCart } from "../utils/cart-read"
import { couponService } from "../utils/coupon-service"

const MESSAGES: Record<string, string> = {
  coupon_already_used: "This coupon was already used",
  coupon_expired: "This coupon has expired",
  coupon_not_yet_valid: "This coupon cannot be used yet",
  coupon_disabled: "This coupon is no longer available",
  coupon_currency_mismatch: "This coupon is for another currency",
  coupon_no_eligible_items: "Nothing in the cart can use this coupon",
  coupon_not_stackable: "This coupon cannot be combined with the coupon already applied",
  coupon_template_already_applied: "A coupon of this kind is already applied",
}

export const validateCouponApplicationStepId = "validate-coupon-application"

/**
 * Before a claim goes onto a cart: the cart and the claim are the customer's, the cart is open, and the
 * claim passes every rule with the coupons already there (validity, audience, threshold, stacking).
 */
export const validateCouponApplicationStep = createStep(
  validateCouponApplicationStepId,
  async (input: { cart_id: string; claim_id: string; customer_id: string }, { container }) => {
    const cart = await loadOwnCart(container, input.cart_id, input.customer_id)
    if (cart.completed_at) {
      throw refused("cart_completed", `Cart ${cart.id} is already completed`)
    }
    const [claim] = await couponService(container).listCouponClaims(
      { id: input.claim_id, customer_id: input.customer_id },
      { relations: ["template"], take: 1 }
    )
    if (!claim) {
      throw notFound("coupon_not_found", `Coupon ${input.claim_id} was not found`)
    }
    const now = new Date()
    const others = (await appliedCoupons(container, cart.id)).filter((a) => a.claim.id !== claim.id)
    const { rejected } = evaluateCartCoupons(
      toCartFacts(cart),
      [...others, { claim, template: claim.template, applied_at: now }],
      now
    )
    const mine = rejected.find((r) => r.claim_id === claim.id)
    if (mine?.reason === "coupon_threshold_not_met") {
      throw refused(mine.reason, `Spend ${mine.missing_amount?.numeric} more on eligible items to use this coupon`)
    }
    if (mine) {
      const message = MESSAGES[mine.reason] ?? mine.reason
      throw mine.reason === "coupon_already_used" ? conflict(mine.reason, message) : refused(mine.reason, message)
    }
    const t = claim.template
    if (t.audience === "new_customers" || t.audience === "tiers") {
      const refusal = audienceRefusal(t, await audienceFacts(container, input.customer_id, { tier: t.audience === "tiers" }))
      if (refusal) {
        throw refused(refusal, refusal === "coupon_audience_tier" ? "This coupon is for other membership tiers" : "This coupon is for new customers only")
      }
    }
    return new StepResponse({ cart_id: cart.id, claim_id: claim.id })
  }
)
