import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateGroupBuyCampaignWorkflow } from "../../../../../workflows/group-buy"
import { loadCampaign } from "../../helpers"
import type { AdminUpdateCampaignType } from "../../validators"

/** GET /admin/group-buy/campaigns/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ campaign: await loadCampaign(req.scope, req.params.id) })
}

/** POST /admin/group-buy/campaigns/:id: edit (kind, product, variants, group size and tiers only as a draft). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCampaignType>, res: MedusaResponse) => {
  await updateGroupBuyCampaignWorkflow(req.scope).run({ input: { id: req.params.id, patch: req.validatedBody } })
  res.json({ campaign: await loadCampaign(req.scope, req.params.id) })
}
