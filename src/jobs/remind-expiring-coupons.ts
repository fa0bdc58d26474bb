import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringCoupons } from "../workflows/messaging/reminders"

/** Daily at 10:00 Asia/Shanghai (02:00 UTC): coupons expiring within 3 days, each reminded once. */
export default async function remindExpiringCouponsJob(container: MedusaContainer) {
  const run = await remindExpiringCoupons(container)
  container.resolve("logger").info(`messaging: coupon expiry reminders ${JSON.stringify(run)}`)
}

export const config = { name: "remind-expiring-coupons", schedule: "0 2 * * *" }
