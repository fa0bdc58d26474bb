import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CAMPAIGN_FIELDS, presentCampaigns } from "../helpers"
import type { StoreListGroupBuyCampaignsType } from "../validators"

/** GET /store/group-buy/campaigns: live campaigns with product, tiers, stock left and joinable groups. */
export const GET = async (req: MedusaRequest<unknown, StoreListGroupBuyCampaignsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as StoreListGroupBuyCampaignsType
  const now = new Date()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "group_buy_campaign",
    fields: CAMPAIGN_FIELDS,
    filters: {
      status: "active",
      starts_at: { $lte: now },
      ends_at: { $gt: now },
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.product_id ? { product_id: q.product_id } : {}),
    },
    pagination: { skip: q.offset, take: q.limit, order: { ends_at: "ASC", id: "ASC" } },
  })
  const near = q.latitude !== undefined && q.longitude !== undefined ? { latitude: q.latitude, longitude: q.longitude } : null
  const campaigns = await presentCampaigns(req.scope, data as Parameters<typeof presentCampaigns>[1], {
    now,
    near,
    groupsPerCampaign: q.groups_per_campaign,
  })
  res.json({ campaigns, count: metadata?.count ?? campaigns.length, offset: q.offset, limit: q.limit })
}
