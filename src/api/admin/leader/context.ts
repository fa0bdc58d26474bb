import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { forbidden } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO } from "../../../modules/leader/types"

/**
 * The leader of the logged-in admin user, for every route under /admin/leader/*.
 *
 * `attachLeader` runs before each of those routes (see ./middlewares.ts, matcher "/admin/leader/*"): it
 * finds the leader whose `user_id` is the logged-in user and refuses with 403 `not_a_leader` (no leader
 * behind this user) or `leader_suspended`. Route handlers then call `getRequestLeader(req)` and filter
 * every query by `leader.id` / `leader.pickup_point_id`:
 *
 *   export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
 *     const leader = getRequestLeader(req)
 *     … only leader.pickup_point_id's data …
 *   }
 */
const leaders = new WeakMap<object, LeaderDTO>()

export async function attachLeader(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const userId = req.auth_context?.actor_id
  if (!userId || req.auth_context?.actor_type !== "user") {
    throw forbidden("not_a_leader", "The leader pages are for leaders logged into the admin")
  }
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const [leader] = (await service.listLeaders({ user_id: userId }, { take: 1 })) as LeaderDTO[]
  if (!leader) {
    throw forbidden("not_a_leader", `User ${userId} is not a leader`)
  }
  if (leader.status !== "active") {
    throw forbidden("leader_suspended", `Leader ${leader.id} is suspended`)
  }
  leaders.set(req, leader)
  next()
}

/** The leader attached by `attachLeader`. Throws 403 when the route is not under /admin/leader/*. */
export function getRequestLeader(req: MedusaRequest): LeaderDTO {
  const leader = leaders.get(req)
  if (!leader) {
    throw forbidden("not_a_leader", "No leader on this request (route outside /admin/leader/*?)")
  }
  return leader
}

/** The leader's pickup point id, refusing leaders without one (403 `no_pickup_point`). */
export function getRequestLeaderPointId(req: MedusaRequest): string {
  const leader = getRequestLeader(req)
  if (!leader.pickup_point_id) {
    throw forbidden("no_pickup_point", `Leader ${leader.id} has no pickup point`)
  }
  return leader.pickup_point_id
}
