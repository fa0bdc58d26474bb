import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { customersById, maskedName } from "../../../../workflows/coupon/utils/people"
import type { StoreListReferralsType } from "../validators"

/** GET /store/referrals/invitees: the friends I invited (masked), whether their first order completed, my reward. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListReferralsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListReferralsType
  const customerId = req.auth_context.actor_id
  const [referrals, count] = await couponService(req.scope).listAndCountReferrals(
    { referrer_id: customerId },
    { relations: ["rewards"], take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  const people = await customersById(req.scope, referrals.map((r) => r.invitee_id))
  res.json({
    invitees: referrals.map((r) => ({
      referral_id: r.id,
      display_name: maskedName(people.get(r.invitee_id)),
      joined_at: r.created_at,
      source: r.source,
      first_order_completed: !!r.rewarded_order_id,
      rewarded_at: r.rewarded_at,
      my_reward: (r.rewards ?? []).find((w) => w.beneficiary === "referrer") ?? null,
    })),
    count,
    offset,
    limit,
  })
}
