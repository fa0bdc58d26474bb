import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { suspendLeaderWorkflow } from "../../../../../workflows/leader"
import { getAdminLeader } from "../../helpers"
import type { AdminSuspendLeaderType } from "../../validators"

/** POST /admin/leaders/:id/suspend: locked out of the leader pages, point paused. */
export const POST = async (req: MedusaRequest<AdminSuspendLeaderType>, res: MedusaResponse) => {
  await suspendLeaderWorkflow(req.scope).run({
    input: { leader_id: req.params.id, reason: req.validatedBody.reason },
  })
  res.json({ leader: await getAdminLeader(req.scope, req.params.id) })
}
