import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { presentClaim } from "../../../../../modules/coupon/utils/present"
import { couponService } from "../../../../../workflows/coupon/utils/coupon-service"
import { orderIdsForCarts } from "../../../../../workflows/coupon/utils/orders"
import { customersById } from "../../../../../workflows/coupon/utils/people"

const RECENT = 20

/** GET /admin/coupons/customers/:id: a customer's wallet counts and latest coupons, referrer and invitees. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.params.id
  if (!(await customersById(req.scope, [customerId])).has(customerId)) {
    throw notFound("customer_not_found", `Customer ${customerId} was not found`)
  }
  const service = couponService(req.scope)
  const now = new Date()
  const [counts, claims, referrer, invitees, code] = await Promise.all([
    service.walletCounts(customerId, now),
    service.listCouponClaims({ customer_id: customerId }, { relations: ["template"], take: RECENT, order: { created_at: "DESC" } }),
    service.getReferrer(customerId),
    service.listReferrals({ referrer_id: customerId }, { relations: ["rewards"], take: 100, order: { created_at: "DESC" } }),
    service.listReferralCodes({ customer_id: customerId }, { take: 1 }),
  ])
  const people = await customersById(req.scope, [...(referrer ? [referrer.referrer_id] : []), ...invitees.map((i) => i.invitee_id)])
  const orders = await orderIdsForCarts(req.scope, claims.map((c) => c.used_cart_id ?? ""))
  const person = (id: string) => {
    const p = people.get(id)
    return { id, email: p?.email ?? null, name: `${p?.last_name ?? ""}${p?.first_name ?? ""}` || null }
  }
  res.json({
    counts,
    coupons: claims.map((c) => presentClaim(c, now, null, c.used_cart_id ? orders.get(c.used_cart_id) : null)),
    referral_code: code[0]?.code ?? null,
    referrer: referrer ? { ...person(referrer.referrer_id), since: referrer.created_at } : null,
    invitees: invitees.map((r) => ({
      ...person(r.invitee_id),
      referral_id: r.id,
      since: r.created_at,
      rewarded_order_id: r.rewarded_order_id,
      rewards: r.rewards,
    })),
  })
}
