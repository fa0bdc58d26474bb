import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { CAMPAIGN_FIELDS, presentCampaigns } from "../../helpers"
import type { StoreGetGroupBuyCampaignType } from "../../validators"

/** GET /store/group-buy/campaigns/:id: one campaign (active or ended) with its joinable groups. */
export const GET = async (req: MedusaRequest<unknown, StoreGetGroupBuyCampaignType>, res: MedusaResponse) => {
  const q = req.validatedQuery as StoreGetGroupBuyCampaignType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "group_buy_campaign",
    fields: CAMPAIGN_FIELDS,
    filters: { id: req.params.id, status: ["active", "ended"] },
  })
  if (!data[0]) {
    throw notFound("campaign_not_found", `Group-buy campaign ${req.params.id} was not found`)
  }
  const near = q.latitude !== undefined && q.longitude !== undefined ? { latitude: q.latitude, longitude: q.longitude } : null
  const [campaign] = await presentCampaigns(req.scope, data as Parameters<typeof presentCampaigns>[1], {
    now: new Date(),
    near,
    groupsPerCampaign: q.groups_per_campaign,
  })
  res.json({ campaign })
}
