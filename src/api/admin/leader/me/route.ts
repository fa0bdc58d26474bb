import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { isLeaderOnly, leaderRoleIds } from "../confinement"
import { getRequestLeader } from "../context"

/**
 * GET /admin/leader/me: the logged-in leader and their point. `confined` says whether this user only has
 * leader roles (the dashboard then sends them to the leader pages).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const leader = getRequestLeader(req)
  const points: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [point] = leader.pickup_point_id ? await points.listPickupPoints({ id: leader.pickup_point_id }) : []
  const roles = (req.auth_context.app_metadata?.roles as string[] | undefined) ?? []
  res.json({
    leader: {
      id: leader.id,
      name: leader.name,
      phone: leader.phone,
      community: leader.community,
      status: leader.status,
      share_code: leader.share_code,
      approved_at: leader.approved_at,
    },
    pickup_point: point ?? null,
    confined: isLeaderOnly(roles, await leaderRoleIds(req.scope)),
  })
}
