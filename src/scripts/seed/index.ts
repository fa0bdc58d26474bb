import type { MedusaContainer } from "@medusajs/framework/types"
import { seedAdminUser } from "./admin"
import { seedCatalog } from "./catalog"
import { seedCoupons } from "./coupon"
import { seedCommissions } from "./commission"
import { seedPickupPoints } from "./pickup"
import { seedRoles } from "./roles"
import { seedFulfillment, seedStore } from "./store"
import type { SeedResult } from "./types"
import { seedGroupBuyCampaigns } from "./group-buy"
import { seedFaq } from "./review"

export type { SeedResult } from "./types"

/**
 * Seeds the demo store from data/*.json. Every step finds before it creates, so running it again
 * changes nothing. Domain modules add their own step below (pickup points, roles, demo campaigns…).
 */
export async function seedDemoStore(
  container: MedusaContainer,
  log: (message: string) => void = () => {}
): Promise<SeedResult> {
  const ctx = { container, log }
  const store = await seedStore(ctx)
  const fulfillment = await seedFulfillment(ctx, store)
  const catalog = await seedCatalog(ctx, { ...store, ...fulfillment })
  const admin = await seedAdminUser(ctx)
  const pickupPointIds = await seedPickupPoints(ctx)
  const roleIds = await seedRoles(ctx)
  const couponTemplateIds = await seedCoupons(ctx, catalog)
  await seedCommissions(ctx, catalog)
  await seedGroupBuyCampaigns(ctx)
  await seedFaq(ctx)
  return {
    ...store,
    stockLocationId: fulfillment.stockLocationId,
    shippingOptionIds: fulfillment.shippingOptionIds,
    ...catalog,
    admin,
    pickupPointIds,
    roleIds,
    couponTemplateIds,
  }
}
