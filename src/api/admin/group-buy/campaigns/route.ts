import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createGroupBuyCampaignWorkflow } from "../../../../workflows/group-buy"
import { groupBuyService } from "../../../../workflows/group-buy/utils/service"
import { loadCampaign, presentCampaigns } from "../helpers"
import type { AdminCreateCampaignType, AdminListCampaignsType } from "../validators"

/** GET /admin/group-buy/campaigns: campaigns (filter by status, kind, product; q searches the title). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCampaignsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListCampaignsType
  const [campaigns, count] = await groupBuyService(req.scope).listAndCountGroupBuyCampaigns(
    {
      ...(q.status ? { status: q.status } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.product_id ? { product_id: q.product_id } : {}),
      ...(q.q ? { title: { $ilike: `%${q.q}%` } } : {}),
    },
    { order: { created_at: "DESC" }, skip: q.offset, take: q.limit }
  )
  res.json({ campaigns: await presentCampaigns(req.scope, campaigns), count, offset: q.offset, limit: q.limit })
}

/** POST /admin/group-buy/campaigns: create a campaign with its tiers. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCampaignType>, res: MedusaResponse) => {
  const { result } = await createGroupBuyCampaignWorkflow(req.scope).run({ input: { campaign: req.validatedBody } })
  res.status(201).json({ campaign: await loadCampaign(req.scope, result.id) })
}
