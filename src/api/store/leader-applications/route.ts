import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import { submitLeaderApplicationWorkflow } from "../../../workflows/leader"
import { toApplicationView } from "./helpers"
import type { StoreSubmitLeaderApplicationType } from "./validators"

/** POST /store/leader-applications: the logged-in customer applies to become a leader. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreSubmitLeaderApplicationType>,
  res: MedusaResponse
) => {
  const { result } = await submitLeaderApplicationWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json({ leader_application: toApplicationView(result) })
}

/** GET /store/leader-applications: the customer's own applications, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const [apps, count] = await service.listAndCountLeaderApplications(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: 50 }
  )
  res.json({ leader_applications: apps.map(toApplicationView), count, offset: 0, limit: 50 })
}
