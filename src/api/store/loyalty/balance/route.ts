import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import { presentTier } from "../helpers"

/** GET /store/loyalty/balance: my points, what expires in the next 30 days, my tier. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const service = loyaltyService(req.scope)
  const now = new Date()
  const [balance, expiring_soon, tier] = await Promise.all([
    service.getBalance(customerId, now),
    service.getExpiringSoon(customerId, { now }),
    service.getCustomerTier(customerId),
  ])
  res.json({ balance, expiring_soon, tier: presentTier(tier) })
}
