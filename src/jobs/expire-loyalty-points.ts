import type { MedusaContainer } from "@medusajs/framework/types"
import { expireDuePoints } from "../workflows/loyalty/jobs"

/** Daily, shortly after midnight in Asia/Shanghai (16:05 UTC): points past their expiry leave the balance. */
export default async function expireLoyaltyPoints(container: MedusaContainer) {
  const res = await expireDuePoints(container)
  container.resolve("logger").info(`loyalty: expired ${res.points} points of ${res.customers} customers`)
}

export const config = { name: "expire-loyalty-points", schedule: "5 16 * * *" }
