import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reinstateLeaderWorkflow } from "../../../../../workflows/leader"
import { getAdminLeader } from "../../helpers"

/** POST /admin/leaders/:id/reinstate: back to work, point active again if it was paused. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  await reinstateLeaderWorkflow(req.scope).run({ input: { leader_id: req.params.id } })
  res.json({ leader: await getAdminLeader(req.scope, req.params.id) })
}
