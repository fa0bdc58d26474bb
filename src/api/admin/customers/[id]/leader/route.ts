import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { LEADER_MODULE } from "../../../../../modules/leader"
import type LeaderModuleService from "../../../../../modules/leader/service"
import type { LeaderDTO } from "../../../../../modules/leader/types"

/**
 * GET /admin/customers/:id/leader: for the customer page widget, the leader the customer is bound to
 * (and how), and the customer's own leader record and latest application when they are or want to be one.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: LeaderModuleService = req.scope.resolve(LEADER_MODULE)
  const customerId = req.params.id
  const [bound, [own], [application]] = await Promise.all([
    service.getBoundLeader(customerId),
    service.listLeaders({ customer_id: customerId }, { take: 1 }),
    service.listLeaderApplications({ customer_id: customerId }, { take: 1, order: { created_at: "DESC" } }),
  ])
  if (!bound && !own && !application) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: customerId } })
    if (!data.length) {
      throw notFound("customer_not_found", `Customer ${customerId} was not found`)
    }
  }
  let boundLeader: LeaderDTO | null = null
  if (bound) {
    boundLeader = (await service.retrieveLeader(bound.leader_id)) as LeaderDTO
  }
  res.json({
    binding: bound
      ? {
          leader: { id: boundLeader!.id, name: boundLeader!.name, status: boundLeader!.status },
          source: bound.source,
          bound_at: bound.bound_at,
          expires_at: bound.expires_at,
        }
      : null,
    leader: own
      ? { id: own.id, status: own.status, pickup_point_id: own.pickup_point_id, suspension_reason: own.suspension_reason }
      : null,
    application: application ? { id: application.id, status: application.status, created_at: application.created_at } : null,
  })
}
