import type { MedusaContainer } from "@medusajs/framework/types"
import { processDueGroups } from "../workflows/group-buy/jobs"

/**
 * Every minute: expired groups fail (or auto-fill) and refund, succeeded groups that expired or filled up close
 * with price protection, unsettled money is retried (see workflows/group-buy/jobs.ts). Safe when two ticks
 * overlap (leased claims) and after a crash (leases lapse; every money step checks what was done).
 */
export default async function processGroupBuyExpiry(container: MedusaContainer) {
  const r = await processDueGroups(container)
  if (r.groups || r.captures || r.reconciled || r.member_errors) {
    container
      .resolve("logger")
      .info(
        `group-buy: ${r.groups} group(s) (${r.failed} failed, ${r.auto_filled} auto-filled, ${r.closed} closed), ` +
          `${r.refunds} refund(s), ${r.protections} price protection(s), ${r.captures} capture(s), ` +
          `${r.reconciled} pending reconciled, ${r.member_errors} member error(s) to retry`
      )
  }
}

export const config = { name: "process-group-buy-expiry", schedule: "* * * * *" }
