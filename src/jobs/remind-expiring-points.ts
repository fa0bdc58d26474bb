import type { MedusaContainer } from "@medusajs/framework/types"
import { remindExpiringPoints } from "../workflows/messaging/reminders"

/** Daily at 10:05 Asia/Shanghai (02:05 UTC): points lots expiring within 7 days, each reminded once. */
export default async function remindExpiringPointsJob(container: MedusaContainer) {
  const run = await remindExpiringPoints(container)
  container.resolve("logger").info(`messaging: points expiry reminders ${JSON.stringify(run)}`)
}

export const config = { name: "remind-expiring-points", schedule: "5 2 * * *" }
