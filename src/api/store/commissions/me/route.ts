import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEADER_MODULE } from "../../../../modules/leader"
import type LeaderModuleService from "../../../../modules/leader/service"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { shareLinkFor } from "../../../../workflows/coupon/utils/referral"
import { commissionService } from "../../../../workflows/commission/utils/commission-service"
import { presentBalances } from "../../../admin/commissions/helpers"

/**
 * GET /store/commissions/me: my referral code and share link (the coupon module's), how many friends are
 * bound to me (invited with my code, and bound to me as their leader if I am one), my level-2 count, and
 * what I earned as a referrer or leader.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const coupons = couponService(req.scope)
  const leaders: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const now = new Date()
  const [link, invitees, [leader], balances] = await Promise.all([
    shareLinkFor(req.scope, customerId),
    coupons.listReferrals({ referrer_id: customerId }, { select: ["invitee_id"], take: null }),
    leaders.listLeaders({ customer_id: customerId, status: "active" }, { take: 1 }),
    commissionService(req.scope).getBalances(customerId),
  ])
  const inviteeIds = invitees.map((r) => r.invitee_id)
  const [, level2] = inviteeIds.length
    ? await coupons.listAndCountReferrals({ referrer_id: inviteeIds }, { take: 1 })
    : [[], 0]
  const bound = leader
    ? await leaders.listLeaderBindings(
        { leader_id: leader.id, ended_at: null, $or: [{ expires_at: null }, { expires_at: { $gt: now } }] },
        { select: ["customer_id"], take: null }
      )
    : []
  const friends = new Set([...inviteeIds, ...bound.map((b) => b.customer_id)])
  friends.delete(customerId)
  res.json({
    referral: { code: link.code, share_url: link.url },
    leader: leader ? { id: leader.id, share_code: leader.share_code } : null,
    friends: { invited: inviteeIds.length, bound: bound.length, total: friends.size, level2 },
    balances: presentBalances(balances),
  })
}
