import type { MedusaContainer } from "@medusajs/framework/types"
import { audienceRefusal } from "../../../modules/coupon/utils/claimability"
import { evaluateCartCoupons, type AppliedCoupon } from "../../../modules/coupon/utils/eligibility"
import { presentClaim } from "../../../modules/coupon/utils/present"
import { walletFilter } from "../../../modules/coupon/utils/wallet"
import { audienceFacts } from "./audience"
import { appliedCoupons, toCartFacts } from "./cart-facts"
import { loadOwnCart } from "./cart-read"
import { couponService } from "./coupon-service"

const WALLET_SCAN_LIMIT = 200

/**
 * The coupon picker of a checkout page: the coupons applied to the cart (active or why not) and every other
 * wallet coupon with whether it can join them, its estimated discount or what is missing (还差 ¥X), best first.
 */
export async function cartCouponsView(container: MedusaContainer, cartId: string, customerId: string, locale?: string) {
  const cart = await loadOwnCart(container, cartId, customerId)
  const now = new Date()
  const facts = toCartFacts(cart)
  const applied = await appliedCoupons(container, cart.id)
  const evaluation = evaluateCartCoupons(facts, applied, now)
  const acceptedIds = new Set(evaluation.accepted.map((a) => a.claim_id))

  const wallet = await couponService(container).listCouponClaims(
    { customer_id: customerId, ...walletFilter("available", now) },
    { relations: ["template"], take: WALLET_SCAN_LIMIT, order: { created_at: "DESC" } }
  )
  const appliedIds = new Set(applied.map((a) => a.claim.id))
  const others = wallet.filter((c) => !appliedIds.has(c.id))
  const audiences = others.map((c) => c.template.audience)
  const who = audiences.some((a) => a === "new_customers" || a === "tiers")
    ? await audienceFacts(container, customerId, { tier: audiences.includes("tiers") })
    : null

  const active = applied.filter((a) => acceptedIds.has(a.claim.id))
  const available = others
    .map((c) => {
      const candidate: AppliedCoupon = { claim: c, template: c.template, applied_at: now }
      const r = evaluateCartCoupons(facts, [...active, candidate], now)
      const accepted = r.accepted.find((a) => a.claim_id === c.id)
      const rejected = r.rejected.find((a) => a.claim_id === c.id)
      const audience = who ? audienceRefusal(c.template, who) : null
      return {
        coupon: presentClaim(c, now, locale),
        usable: !!accepted && !audience,
        reason: audience ?? rejected?.reason ?? null,
        estimated_discount: accepted && !audience ? accepted.estimated_discount.numeric : null,
        missing_amount: rejected?.missing_amount?.numeric ?? null,
      }
    })
    .sort((a, b) => Number(b.usable) - Number(a.usable) || (b.estimated_discount ?? 0) - (a.estimated_discount ?? 0))

  return {
    applied: applied.map((a) => {
      const accepted = evaluation.accepted.find((x) => x.claim_id === a.claim.id)
      const rejected = evaluation.rejected.find((x) => x.claim_id === a.claim.id)
      return {
        coupon: presentClaim({ ...a.claim, template: a.template }, now, locale),
        active: !!accepted,
        reason: rejected?.reason ?? null,
        estimated_discount: accepted?.estimated_discount.numeric ?? null,
        missing_amount: rejected?.missing_amount?.numeric ?? null,
      }
    }),
    available,
  }
}
