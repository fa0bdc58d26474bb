import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { nextTier, tierProgress } from "../../../../../modules/loyalty/utils/tiers"
import { loyaltyService } from "../../../../../workflows/loyalty/utils/loyalty-service"
import { presentTier } from "../../../../store/loyalty/helpers"
import { assertCustomer, presentAdminEntry } from "../../helpers"

/** GET /admin/loyalty/customers/:id: balance, tier and progress, expiring soon and the 10 latest entries. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.params.id
  await assertCustomer(req.scope, customerId)
  const service = loyaltyService(req.scope)
  const now = new Date()
  const [balance, expiring, tier, tiers, spend, recent] = await Promise.all([
    service.getBalance(customerId, now),
    service.getExpiringSoon(customerId, { now }),
    service.getCustomerTier(customerId),
    service.listTierDefinitions(),
    service.getTierSpend(customerId, now),
    service.listLedger(customerId, { offset: 0, limit: 10 }),
  ])
  const next = nextTier(tiers, tier)
  res.json({
    customer_id: customerId,
    balance,
    expiring_soon: expiring,
    tier: presentTier(tier),
    next_tier: presentTier(next),
    spend: Number(spend.spend),
    ...tierProgress(spend.spend, tier, next),
    entries: recent.entries.map(presentAdminEntry),
    entry_count: recent.count,
  })
}
