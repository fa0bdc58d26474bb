import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { groupBuyService } from "../../../../../workflows/group-buy/utils/service"
import { campaignTitle, presentAdminGroup, presentMembers } from "../../helpers"

/** GET /admin/group-buy/groups/:id: the group with its members, their orders and payments. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = groupBuyService(req.scope)
  const group = await service.groupRow(req.params.id)
  if (!group) {
    throw notFound("group_not_found", `Group ${req.params.id} was not found`)
  }
  const members = await service.membersOfGroup(group.id)
  res.json({
    group: presentAdminGroup(group, await campaignTitle(req.scope, group.campaign_id)),
    members: await presentMembers(req.scope, members),
  })
}
