import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { groupBuyService } from "../../../../../workflows/group-buy/utils/service"
import { campaignTitle, fulfillmentGate, presentAdminGroup, presentMembers } from "../../helpers"

/**
 * GET /admin/group-buy/orders/:id: the order page widget: the order's group and status, this member's payment
 * state, and whether the order may be fulfilled (and why not).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const gate = await fulfillmentGate(req.scope, req.params.id)
  if (!gate.group) {
    return res.json({ group: null, member: null, fulfillment: { allowed: true, code: null, reason: null } })
  }
  const service = groupBuyService(req.scope)
  const group = (await service.groupRow(gate.group.id))!
  const member = (await service.membersOfGroup(group.id)).find((m) => m.order_id === req.params.id) ?? null
  res.json({
    group: presentAdminGroup(group, await campaignTitle(req.scope, group.campaign_id)),
    member: member ? (await presentMembers(req.scope, [member]))[0] : null,
    fulfillment: { allowed: gate.allowed, code: gate.code, reason: gate.reason },
  })
}
