import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { shareLinkFor } from "../../../../workflows/coupon/utils/referral"
import { customersById, maskedName } from "../../../../workflows/coupon/utils/people"

/** GET /store/referrals/me: my referral code and share link, who invited me, and my invitation counts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const service = couponService(req.scope)
  const [link, referrer, [, invited], [, rewarded]] = await Promise.all([
    shareLinkFor(req.scope, customerId),
    service.getReferrer(customerId),
    service.listAndCountReferrals({ referrer_id: customerId }, { take: 1 }),
    service.listAndCountReferrals({ referrer_id: customerId, rewarded_order_id: { $ne: null } }, { take: 1 }),
  ])
  const people = await customersById(req.scope, referrer ? [referrer.referrer_id] : [])
  res.json({
    referral: {
      code: link.code,
      share_url: link.url,
      referred_by: referrer ? { display_name: maskedName(people.get(referrer.referrer_id)), since: referrer.created_at } : null,
      invited_count: invited,
      rewarded_count: rewarded,
    },
  })
}
