import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { conflict, notFound } from "../../../../../../lib/errors"
import { closeGroupWorkflow } from "../../../../../../workflows/group-buy"
import { settleGroupNow } from "../../../../../../workflows/group-buy/jobs"
import { groupBuyService } from "../../../../../../workflows/group-buy/utils/service"
import { campaignTitle, presentAdminGroup } from "../../../helpers"
import type { AdminEndGroupType } from "../../../validators"

/**
 * POST /admin/group-buy/groups/:id/close-now { reason }: closes a succeeded group before it is full or expired,
 * with the same workflow as the job (final tier price, price protection), then settles its members' money.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminEndGroupType>, res: MedusaResponse) => {
  const service = groupBuyService(req.scope)
  const group = await service.groupRow(req.params.id)
  if (!group) {
    throw notFound("group_not_found", `Group ${req.params.id} was not found`)
  }
  if (group.status !== "succeeded") {
    throw conflict("group_not_succeeded", `Group ${group.id} is ${group.status}; only a succeeded group can be closed`)
  }
  const now = new Date()
  const { result } = await closeGroupWorkflow(req.scope).run({
    input: { group_id: group.id, now: now.toISOString(), reason: req.validatedBody.reason, ended_by: req.auth_context.actor_id, force: true },
  })
  if (!result) {
    throw conflict("group_busy", `A payment for group ${group.id} is in progress; try again in a moment`)
  }
  const settlement = await settleGroupNow(req.scope, group.id, now)
  const after = (await service.groupRow(group.id))!
  res.json({ group: presentAdminGroup(after, await campaignTitle(req.scope, after.campaign_id)), settlement })
}
