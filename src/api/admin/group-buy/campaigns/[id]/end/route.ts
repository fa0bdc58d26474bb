import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setGroupBuyCampaignStatusWorkflow } from "../../../../../../workflows/group-buy"
import { loadCampaign } from "../../../helpers"

/** POST /admin/group-buy/campaigns/:id/end: no more joins; open groups run to their expiry as usual. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setGroupBuyCampaignStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: "ended" } })
  res.json({ campaign: await loadCampaign(req.scope, req.params.id) })
}
