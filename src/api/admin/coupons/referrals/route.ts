import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import type { AdminListReferralsType } from "../validators"

/** GET /admin/coupons/referrals: who invited whom, when the first order completed, and the rewards. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListReferralsType>, res: MedusaResponse) => {
  const { limit, offset, referrer_id, invitee_id } = req.validatedQuery as AdminListReferralsType
  const filters: Record<string, unknown> = {}
  if (referrer_id) filters.referrer_id = referrer_id
  if (invitee_id) filters.invitee_id = invitee_id
  const [referrals, count] = await couponService(req.scope).listAndCountReferrals(filters, {
    relations: ["rewards"],
    take: limit,
    skip: offset,
    order: { created_at: "DESC", id: "DESC" },
  })
  res.json({ referrals, count, offset, limit })
}
