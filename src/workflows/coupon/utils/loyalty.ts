import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The one place that talks to the loyalty module (issue 6, container key `loyalty`). Without it, nobody has
 * a tier (tier-only coupons are refused) and points rewards fail with loyalty_unavailable; coupon rewards
 * work either way.
 */
export type LoyaltyPort = {
  getCustomerTier(customerId: string): Promise<{ code: string } | null>
  creditPoints(input: {
    customer_id: string
    points: number
    kind: "referral"
    reference: string
    note?: string
  }): Promise<unknown>
}

export const LOYALTY_MODULE_KEY = "loyalty"

export function loyaltyPort(container: MedusaContainer): LoyaltyPort | null {
  if (!container.hasRegistration(LOYALTY_MODULE_KEY)) {
    return null
  }
  const service = container.resolve<Partial<LoyaltyPort>>(LOYALTY_MODULE_KEY)
  if (typeof service?.getCustomerTier !== "function" || typeof service?.creditPoints !== "function") {
    return null
  }
  return service as LoyaltyPort
}

export async function customerTierCode(container: MedusaContainer, customerId: string): Promise<string | null> {
  const loyalty = loyaltyPort(container)
  if (!loyalty) {
    return null
  }
  const tier = await loyalty.getCustomerTier(customerId)
  return tier?.code ?? null
}
