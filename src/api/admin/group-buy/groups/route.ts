import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { groupBuyService } from "../../../../workflows/group-buy/utils/service"
import { presentAdminGroup } from "../helpers"
import type { AdminListGroupsType } from "../validators"

/** GET /admin/group-buy/groups: groups, newest first (filter by status, kind, campaign, pickup point). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListGroupsType>, res: MedusaResponse) => {
  const q = req.validatedQuery as AdminListGroupsType
  const [groups, count] = await groupBuyService(req.scope).listAndCountGroupBuyGroups(
    {
      ...(q.status ? { status: q.status } : {}),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.campaign_id ? { campaign_id: q.campaign_id } : {}),
      ...(q.pickup_point_id ? { pickup_point_id: q.pickup_point_id } : {}),
    },
    { relations: ["campaign"], order: { created_at: "DESC", id: "DESC" }, skip: q.offset, take: q.limit }
  )
  res.json({
    groups: groups.map((g) => presentAdminGroup(g, g.campaign?.title ?? null)),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
