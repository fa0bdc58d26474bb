import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeDay } from "../../../../lib/store-settings"
import { audienceRefusal, claimRefusal } from "../../../../modules/coupon/utils/claimability"
import { presentTemplate } from "../../../../modules/coupon/utils/present"
import { audienceFacts } from "../../../../workflows/coupon/utils/audience"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import type { StoreListCouponTemplatesType } from "../validators"

/**
 * GET /store/coupons/templates: the coupon centre (领券中心). Active templates customers can claim, live or
 * upcoming (with the countdown). Logged in: only those whose audience includes the customer, each with
 * how many they hold and whether they can claim now.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListCouponTemplatesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListCouponTemplatesType
  const now = new Date()
  const customerId = (req as { auth_context?: { actor_id?: string } }).auth_context?.actor_id || null
  const service = couponService(req.scope)
  const all = await service.listCouponTemplates(
    {
      status: "active",
      audience: { $ne: "issued_only" },
      $or: [{ ends_at: null }, { ends_at: { $gt: now } }],
    },
    { take: null, order: { created_at: "DESC" } }
  )
  const facts = customerId
    ? await audienceFacts(req.scope, customerId, { tier: all.some((t) => t.audience === "tiers") })
    : null
  const visible = facts ? all.filter((t) => !audienceRefusal(t, facts)) : all
  const page = visible.slice(offset, offset + limit)
  const counts = customerId ? await service.countCustomerClaims(page.map((t) => t.id), customerId, storeDay(now)) : null
  const templates = page.map((t) => {
    const view = presentTemplate(t, now, req.locale)
    if (!customerId || !counts) {
      return view
    }
    const mine = counts.get(t.id) ?? { total: 0, today: 0 }
    const refusal = claimRefusal(t, now, facts, mine)
    return { ...view, claimed_by_me: mine.total, can_claim: !refusal, refusal }
  })
  res.json({ templates, count: visible.length, offset, limit, server_time: now })
}
