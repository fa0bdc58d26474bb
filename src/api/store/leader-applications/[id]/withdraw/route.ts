import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawLeaderApplicationWorkflow } from "../../../../../workflows/leader"
import { toApplicationView } from "../../helpers"

/** POST /store/leader-applications/:id/withdraw: the applicant withdraws their open application. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await withdrawLeaderApplicationWorkflow(req.scope).run({
    input: { application_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ leader_application: toApplicationView(result) })
}
