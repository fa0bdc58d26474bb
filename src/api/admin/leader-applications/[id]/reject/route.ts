import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectLeaderApplicationWorkflow } from "../../../../../workflows/leader"
import { getAdminApplication } from "../../helpers"
import type { AdminRejectLeaderApplicationType } from "../../validators"

/** POST /admin/leader-applications/:id/reject with a reason the applicant sees. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectLeaderApplicationType>,
  res: MedusaResponse
) => {
  await rejectLeaderApplicationWorkflow(req.scope).run({
    input: { application_id: req.params.id, reason: req.validatedBody.reason, reviewed_by: req.auth_context.actor_id },
  })
  res.json({ leader_application: await getAdminApplication(req.scope, req.params.id) })
}
