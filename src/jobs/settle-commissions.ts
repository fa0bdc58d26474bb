import type { MedusaContainer } from "@medusajs/framework/types"
import { settleDueCommissions } from "../workflows/commission/jobs"

/** Daily, shortly after midnight in Asia/Shanghai (16:15 UTC): commission past its settlement date becomes available. */
export default async function settleCommissions(container: MedusaContainer) {
  const res = await settleDueCommissions(container)
  container.resolve("logger").info(`commission: settled ${res.orders} orders`)
}

export const config = { name: "settle-commissions", schedule: "15 16 * * *" }
