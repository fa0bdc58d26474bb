import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setGroupBuyCampaignStatusWorkflow } from "../../../../../../workflows/group-buy"
import { loadCampaign } from "../../../helpers"

/** POST /admin/group-buy/campaigns/:id/activate: a draft goes live (joins open within its window). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setGroupBuyCampaignStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "active" } })
  res.json({ campaign: await loadCampaign(req.scope, req.params.id) })
}
