import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getRequestLeader } from "../../context"
import { leaderDailyStats } from "../helpers"

/** GET /admin/leader/commissions/stats: my point's orders and GMV per store day, last 30 days. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await leaderDailyStats(req.scope, getRequestLeader(req).id))
}
