import type { MedusaContainer } from "@medusajs/framework/types"
import { purgeAccountSecurityRows } from "../workflows/account/jobs"

/** Daily at 03:17 in Asia/Shanghai (19:17 UTC): old MFA attempt counters and recovery-code claims go. */
export default async function purgeAccountSecurity(container: MedusaContainer) {
  const res = await purgeAccountSecurityRows(container)
  container.resolve("logger").info(`account: purged ${res.attempts} MFA attempt rows and ${res.claims} recovery-code claims`)
}

export const config = { name: "purge-account-security", schedule: "17 19 * * *" }
