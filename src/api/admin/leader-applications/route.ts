import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPLICATION_FIELDS, toAdminApplicationView } from "./helpers"
import type { AdminListLeaderApplicationsType } from "./validators"

/** GET /admin/leader-applications: newest first, filtered by status. */
export const GET = async (req: MedusaRequest<unknown, AdminListLeaderApplicationsType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery as AdminListLeaderApplicationsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "leader_application",
    fields: APPLICATION_FIELDS,
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ leader_applications: data.map(toAdminApplicationView), count: metadata?.count ?? data.length, offset, limit })
}
