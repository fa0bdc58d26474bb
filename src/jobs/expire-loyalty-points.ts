import type { MedusaContainer } from "@medusajs/framework/types"
import { expireDuePoints } from "../workflows/loyalty/jobs"
import { dailyCronAt } from "../lib/store-settings"

/** Daily, shortly after midnight in the store's time zone (STORE_TIMEZONE, default Asia/Shanghai): points past their expiry leave the balance. */
export default async function expireLoyaltyPoints(container: MedusaContainer) {
  const res = await expireDuePoints(container)
  container.resolve("logger").info(`loyalty: expired ${res.points} points of ${res.customers} customers`)
}

export const config = { name: "expire-loyalty-points", schedule: dailyCronAt("00:05") }
