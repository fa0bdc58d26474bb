import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringPoints } from "../workflows/messaging/reminders"
import { dailyCronAt } from "../lib/store-settings"

/** Daily at 10:05 in the store's time zone (STORE_TIMEZONE, default Asia/Shanghai): points lots expiring within 7 days, each reminded once. */
export default async function remindExpiringPointsJob(container: MedusaContainer) {
  const run = await remindExpiringPoints(container)
  container.resolve("logger").info(`messaging: points expiry reminders ${JSON.stringify(run)}`)
}

export const config = { name: "remind-expiring-points", schedule: dailyCronAt("10:05") }
