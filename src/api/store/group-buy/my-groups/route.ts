import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMoneyNumber } from "../../../../lib/money"
import { presentGroupSummary, type CurrencyTier } from "../../../../modules/group-buy/utils/present"
import { groupBuyService } from "../../../../workflows/group-buy/utils/service"
import type { StoreListMyGroupsType } from "../validators"

/** GET /store/group-buy/my-groups: the logged-in customer's memberships, newest first, with their groups. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListMyGroupsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as StoreListMyGroupsType
  const service = groupBuyService(req.scope)
  const [members, count] = await service.listAndCountGroupBuyMembers(
    {
      customer_id: req.auth_context.actor_id,
      ...(q.status ? { status: q.status } : {}),
      ...(q.group_status ? { group: { status: q.group_status } } : {}),
    },
    { relations: ["group", "group.campaign"], order: { created_at: "DESC", id: "DESC" }, skip: q.offset, take: q.limit }
  )
  const campaignIds = [...new Set(members.map((m) => m.campaign_id))]
  const tiers = await service.tiersByCampaign(campaignIds)
  const now = new Date()
  const memberships = members.map((m) => ({
    id: m.id,
    status: m.status,
    quantity: m.quantity,
    unit_price: toMoneyNumber(m.unit_price, m.currency_code),
    currency_code: m.currency_code,
    refunded_amount: toMoneyNumber(m.refunded_amount, m.currency_code),
    order_id: m.order_id ?? null,
    created_at: new Date(m.created_at),
    group: presentGroupSummary(m.group, (tiers.get(m.campaign_id) ?? []) as CurrencyTier[], now),
    campaign: {
      id: m.group.campaign.id,
      title: m.group.campaign.title,
      kind: m.group.campaign.kind,
      product_id: m.group.campaign.product_id,
    },
  }))
  res.json({ memberships, count, offset: q.offset, limit: q.limit })
}
