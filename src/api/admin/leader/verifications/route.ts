import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { getRequestLeaderPointId } from "../context"
import type { LeaderListVerificationsType } from "../validators"

/** GET /admin/leader/verifications: every verification attempt at the leader's point, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, LeaderListVerificationsType>,
  res: MedusaResponse
) => {
  const { limit, offset } = req.validatedQuery as LeaderListVerificationsType
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [rows, count] = await service.listAndCountPickupVerifications(
    { pickup_point_id: getRequestLeaderPointId(req) },
    { skip: offset, take: limit, order: { created_at: "DESC" } }
  )
  res.json({
    verifications: rows.map((v) => ({
      id: v.id,
      order_id: v.order_id,
      actor_id: v.actor_id,
      actor_kind: v.actor_kind,
      outcome: v.outcome,
      created_at: v.created_at,
    })),
    count,
    offset,
    limit,
  })
}
