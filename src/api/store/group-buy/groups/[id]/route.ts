import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadGroup, presentGroupDetail } from "../../helpers"

/** GET /store/group-buy/groups/:id: a group with its members (anonymised), time left, tiers and share token. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const group = await loadGroup(req.scope, req.params.id)
  res.json({ group: await presentGroupDetail(req.scope, group, new Date()) })
}
