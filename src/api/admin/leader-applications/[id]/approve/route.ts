import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveLeaderApplicationWorkflow } from "../../../../../workflows/leader"
import type { AdminApproveLeaderApplicationType } from "../../validators"

/** POST /admin/leader-applications/:id/approve: the leader, their point and their admin login. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveLeaderApplicationType>,
  res: MedusaResponse
) => {
  const { result } = await approveLeaderApplicationWorkflow(req.scope).run({
    input: { ...req.validatedBody, application_id: req.params.id, reviewed_by: req.auth_context.actor_id },
  })
  res.json(result)
}
