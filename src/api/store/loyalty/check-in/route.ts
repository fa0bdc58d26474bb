import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkInWorkflow } from "../../../../workflows/loyalty"

/** POST /store/loyalty/check-in: check in for today (store day); a second call the same day changes nothing. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await checkInWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, now: new Date().toISOString() },
  })
  const { created, day, streak, points, tomorrow_points, balance } = result
  res.status(created ? 201 : 200).json({ check_in: { created, day, streak, points, tomorrow_points, balance } })
}
