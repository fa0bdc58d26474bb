import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import type { StoreListReferralsType } from "../validators"

/** GET /store/referrals/rewards: the rewards I earned, for inviting friends and for being invited. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListReferralsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListReferralsType
  const [rewards, count] = await couponService(req.scope).listAndCountReferralRewards(
    { customer_id: req.auth_context.actor_id },
    { take: limit, skip: offset, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ rewards, count, offset, limit })
}
