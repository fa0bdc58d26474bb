import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"

/** GET /store/loyalty/expiring: my points expiring in the next 30 days (configurable), by expiry date. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ expiring_soon: await loyaltyService(req.scope).getExpiringSoon(req.auth_context.actor_id, { now: new Date() }) })
}
