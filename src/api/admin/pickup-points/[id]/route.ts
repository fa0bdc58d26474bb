import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../lib/errors"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import type { PickupPointDTO } from "../../../../modules/pickup/types"
import { normalizeOpeningHours } from "../../../../modules/pickup/utils/opening-hours"
import { deletePickupPointsWorkflow, updatePickupPointsWorkflow } from "../../../../workflows/pickup"
import { toAdminPickupPoint } from "../helpers"
import type { AdminUpdatePickupPointType } from "../validators"

async function getPoint(req: MedusaRequest) {
  const service: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const [point] = (await service.listPickupPoints({ id: req.params.id })) as PickupPointDTO[]
  if (!point) {
    throw notFound("pickup_point_not_found", `Pickup point ${req.params.id} was not found`)
  }
  return point
}

/** GET /admin/pickup-points/:id */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ pickup_point: toAdminPickupPoint(await getPoint(req)) })
}

/** POST /admin/pickup-points/:id */
export const POST = async (req: MedusaRequest<AdminUpdatePickupPointType>, res: MedusaResponse) => {
  await getPoint(req)
  const { opening_hours, ...rest } = req.validatedBody
  const { result } = await updatePickupPointsWorkflow(req.scope).run({
    input: {
      points: [{ id: req.params.id, ...rest, ...(opening_hours ? { opening_hours: normalizeOpeningHours(opening_hours) } : {}) }],
    },
  })
  res.json({ pickup_point: toAdminPickupPoint(result[0]) })
}

/** DELETE /admin/pickup-points/:id: only without a leader and without orders to collect. */
export const DELETE = async (req: MedusaRequest, res: MedusaResponse) => {
  await getPoint(req)
  await deletePickupPointsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "pickup_point", deleted: true })
}
