import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import { presentTier } from "../helpers"

/** GET /store/loyalty/balance: my points, what expires in the next 30 days, my tier. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const { balance, expiring_soon, tier } = await loyaltyService(req.scope).getPointsSummary(customerId, new Date())
  res.json({ balance, expiring_soon, tier: presentTier(tier) })
}
