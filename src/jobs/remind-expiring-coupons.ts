import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringCoupons } from "../workflows/messaging/reminders"
import { dailyCronAt } from "../lib/store-settings"

/** Daily at 10:00 in the store's time zone (STORE_TIMEZONE, default Asia/Shanghai): coupons expiring within 3 days, each reminded once. */
export default async function remindExpiringCouponsJob(container: MedusaContainer) {
  const run = await remindExpiringCoupons(container)
  container.resolve("logger").info(`messaging: coupon expiry reminders ${JSON.stringify(run)}`)
}

export const config = { name: "remind-expiring-coupons", schedule: dailyCronAt("10:00") }
