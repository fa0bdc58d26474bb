import type { MedusaContainer } from "@medusajs/framework/types"

export type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
}

/** What the demo seed leaves behind, for the demo command and tests. */
export type SeedResult = {
  storeId: string
  regionId: string
  salesChannelId: string
  publishableKey: string
  stockLocationId: string
  shippingOptionIds: Record<string, string>
  categoryIds: Record<string, string>
  productIds: Record<string, string>
  admin: { email: string; password: string; created: boolean }
  /** Pickup point ids by their code in data/pickup-points.json ("HZ-XH-01" → "pkpt_…"). */
  pickupPointIds: Record<string, string>
  /** RBAC role ids by name (data/roles.json): community_leader, operations, finance. */
  roleIds: Record<string, string>
  /** Coupon template ids by their key in data/coupons.json ("welcome" → "cptpl_…"). */
  couponTemplateIds: Record<string, string>
}
