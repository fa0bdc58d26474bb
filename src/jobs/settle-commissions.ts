import type { MedusaContainer } from "@medusajs/framework/types"
import { settleDueCommissions } from "../workflows/commission/jobs"
import { dailyCronAt } from "../lib/store-settings"

/** Daily, shortly after midnight in the store's time zone (STORE_TIMEZONE, default Asia/Shanghai): commission past its settlement date becomes available. */
export default async function settleCommissions(container: MedusaContainer) {
  const res = await settleDueCommissions(container)
  container.resolve("logger").info(`commission: settled ${res.orders} orders`)
}

export const config = { name: "settle-commissions", schedule: dailyCronAt("00:15") }
