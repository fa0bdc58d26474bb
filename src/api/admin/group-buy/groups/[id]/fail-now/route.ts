import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conflict, notFound } from "../../../../../../lib/errors"
import { failGroupWorkflow } from "../../../../../../workflows/group-buy"
import { settleGroupNow } from "../../../../../../workflows/group-buy/jobs"
import { groupBuyService } from "../../../../../../workflows/group-buy/utils/service"
import { campaignTitle, presentAdminGroup } from "../../../helpers"
import type { AdminEndGroupType } from "../../../validators"

/**
 * POST /admin/group-buy/groups/:id/fail-now { reason }: fails an open (or succeeded, not yet closed) group with
 * the same workflow as the job; every member's order is canceled and its payment voided or refunded.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEndGroupType>, res: MedusaResponse) => {
  const service = groupBuyService(req.scope)
  const group = await service.groupRow(req.params.id)
  if (!group) {
    throw notFound("group_not_found", `Group ${req.params.id} was not found`)
  }
  if (group.status !== "open" && group.status !== "succeeded") {
    throw conflict("group_not_open", `Group ${group.id} is ${group.status} already`)
  }
  const now = new Date()
  const { result } = await failGroupWorkflow(req.scope).run({
    input: { group_id: group.id, now: now.toISOString(), reason: req.validatedBody.reason, ended_by: req.auth_context.actor_id, force: true },
  })
  if (!result) {
    throw conflict("group_not_open", `Group ${group.id} changed meanwhile; reload it`)
  }
  const settlement = await settleGroupNow(req.scope, group.id, now)
  const after = (await service.groupRow(group.id))!
  res.json({ group: presentAdminGroup(after, await campaignTitle(req.scope, after.campaign_id)), settlement })
}
