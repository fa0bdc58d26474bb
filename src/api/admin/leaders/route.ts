import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEADER_FIELDS, toAdminLeaderView } from "./helpers"
import type { AdminListLeadersType } from "./validators"

/** GET /admin/leaders: with their pickup point, newest first. */
export const GET = async (req: MedusaRequest<unknown, AdminListLeadersType>, res: MedusaResponse) => {
  const { status, q, limit, offset } = req.validatedQuery as AdminListLeadersType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = status ? { status } : {}
  if (q) {
    filters.$or = ["name", "phone", "community"].map((f) => ({ [f]: { $ilike: `%${q}%` } }))
  }
  const { data, metadata } = await query.graph({
    entity: "leader",
    fields: LEADER_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ leaders: data.map(toAdminLeaderView), count: metadata?.count ?? data.length, offset, limit })
}
