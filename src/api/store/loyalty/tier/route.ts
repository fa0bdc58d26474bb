import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { nextTier, tierProgress } from "../../../../modules/loyalty/utils/tiers"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import { presentTier } from "../helpers"

/** GET /store/loyalty/tier: my membership tier, the next one and how much more spend it takes. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const service = loyaltyService(req.scope)
  const [tier, tiers, spend] = await Promise.all([
    service.getCustomerTier(customerId),
    service.listTierDefinitions(),
    service.getTierSpend(customerId),
  ])
  const next = nextTier(tiers, tier)
  const progress = tierProgress(spend.spend, tier, next)
  res.json({
    tier: presentTier(tier),
    next_tier: presentTier(next),
    spend: Number(spend.spend),
    ...progress,
    basis: spend.basis,
    tiers: tiers.map(presentTier),
  })
}
