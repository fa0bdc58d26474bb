import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupPointDTO } from "../../../modules/pickup/types"
import { normalizeOpeningHours } from "../../../modules/pickup/utils/opening-hours"
import { createPickupPointsWorkflow } from "../../../workflows/pickup"
import { toAdminPickupPoint } from "./helpers"
import type { AdminCreatePickupPointType, AdminListPickupPointsType } from "./validators"

/** GET /admin/pickup-points: search by name, address or code; filter by status and leader. */
export const GET = async (req: MedusaRequest<unknown, AdminListPickupPointsType>, res: MedusaResponse) => {
  const { q, status, has_leader, limit, offset } = req.validatedQuery as AdminListPickupPointsType
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (has_leader) filters.leader_id = has_leader === "true" ? { $ne: null } : null
  if (q) filters.$or = ["name", "address", "code"].map((f) => ({ [f]: { $ilike: `%${q}%` } }))
  const [points, count] = await service.listAndCountPickupPoints(filters, {
    skip: offset,
    take: limit,
    order: { code: "ASC", created_at: "DESC" },
  })
  res.json({ pickup_points: (points as PickupPointDTO[]).map(toAdminPickupPoint), count, offset, limit })
}

/** POST /admin/pickup-points */
export const POST = async (req: MedusaRequest<AdminCreatePickupPointType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createPickupPointsWorkflow(req.scope).run({
    input: { points: [{ ...body, opening_hours: normalizeOpeningHours(body.opening_hours) }] },
  })
  res.status(201).json({ pickup_point: toAdminPickupPoint(result[0]) })
}
