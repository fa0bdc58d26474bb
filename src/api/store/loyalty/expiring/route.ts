import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"

/** GET /store/loyalty/expiring: my points expiring in the next 30 days (configurable), by expiry date. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { expiring_soon } = await loyaltyService(req.scope).getPointsSummary(req.auth_context.actor_id, new Date())
  res.json({ expiring_soon })
}
