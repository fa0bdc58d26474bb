import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"

export const LEADER_FIELDS = [
  "*",
  "pickup_point.id",
  "pickup_point.name",
  "pickup_point.code",
  "pickup_point.status",
]

export function toAdminLeaderView(l: Record<string, any>) {
  const { metadata: _m, deleted_at: _d, application_id: _a, created_at: _c, updated_at: _u, ...rest } = l
  return {
    ...rest,
    pickup_point: l.pickup_point
      ? { id: l.pickup_point.id, name: l.pickup_point.name, code: l.pickup_point.code, status: l.pickup_point.status }
      : null,
  }
}

export async function getAdminLeader(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "leader", fields: LEADER_FIELDS, filters: { id } })
  if (!data[0]) {
    throw notFound("leader_not_found", `Leader ${id} was not found`)
  }
  const service: LeaderModuleService = container.resolve(LEADER_MODULE)
  const [, bound] = await service.listAndCountLeaderBindings({ leader_id: id, ended_at: null }, { take: 1 })
  return { ...toAdminLeaderView(data[0]), bound_customers: bound }
}
