import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, refused } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import { bindCustomerToLeaderWorkflow } from "../../../workflows/leader"
import { currentBindingView } from "./helpers"
import type { StoreBindLeaderType } from "./validators"

const REFUSALS = {
  self_binding: "A leader cannot follow their own share link",
  binding_loop: "This binding would make a loop of leaders following each other",
  leader_not_active: "This leader is not active",
}

/** GET /store/leader-binding: the leader the logged-in customer is bound to now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ leader_binding: await currentBindingView(req.scope, req.auth_context.actor_id) })
}

/** POST /store/leader-binding: follow a leader's share link (binding mode rules apply). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreBindLeaderType>, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const [leader] = await service.listLeaders({ share_code: req.validatedBody.share_code }, { take: 1 })
  if (!leader) {
    throw notFound("leader_not_found", `No leader has the share code ${req.validatedBody.share_code}`)
  }
  const { result } = await bindCustomerToLeaderWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      leader_id: leader.id,
      source: "share_link",
      source_ref: leader.share_code,
    },
  })
  if (result.outcome === "refused") {
    throw refused(result.reason, REFUSALS[result.reason])
  }
  res.json({ outcome: result.outcome, leader_binding: await currentBindingView(req.scope, req.auth_context.actor_id) })
}
