import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refused } from "../../../../lib/errors"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { normalizeOpeningHours } from "../../../../modules/pickup/utils/opening-hours"
import { updatePickupPointsWorkflow } from "../../../../workflows/pickup"
import { getRequestLeaderPointId } from "../context"
import type { LeaderUpdatePickupPointType } from "../validators"

/** POST /admin/leader/pickup-point: the leader edits the hours and status of their own point. */
export const POST = async (req: AuthenticatedMedusaRequest<LeaderUpdatePickupPointType>, res: MedusaResponse) => {
  const pointId = getRequestLeaderPointId(req)
  const points: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const point = await points.retrievePickupPoint(pointId)
  if (point.status === "closed") {
    throw refused("pickup_point_closed", `Pickup point ${pointId} is closed; ask an operator`)
  }
  const { opening_hours, status } = req.validatedBody
  const { result } = await updatePickupPointsWorkflow(req.scope).run({
    input: {
      points: [
        {
          id: pointId,
          ...(opening_hours ? { opening_hours: normalizeOpeningHours(opening_hours) } : {}),
          ...(status ? { status } : {}),
        },
      ],
    },
  })
  res.json({ pickup_point: result[0] })
}
