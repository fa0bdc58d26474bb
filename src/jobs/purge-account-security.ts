import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeAccountSecurityRows } from "../workflows/account/jobs"
import { dailyCronAt } from "../lib/store-settings"

/** Daily at 03:17 in the store's time zone (STORE_TIMEZONE, default Asia/Shanghai): old MFA attempt counters and recovery-code claims go. */
export default async function purgeAccountSecurity(container: MedusaContainer) {
  const res = await purgeAccountSecurityRows(container)
  container.resolve("logger").info(`account: purged ${res.attempts} MFA attempt rows and ${res.claims} recovery-code claims`)
}

export const config = { name: "purge-account-security", schedule: dailyCronAt("03:17") }
