import type { MedusaContainer } from "@medusajs/framework/types"
import { accountService } from "./utils/account-service"

const DAY_MS = 24 * 3600 * 1000

/**
 * Forgets second-factor attempt counters and recovery-code claims older than a day before `now` (MFA challenges
 * live 5 minutes, the identity window 15; a used recovery code is deleted by Medusa itself).
 */
export async function purgeAccountSecurityRows(container: MedusaContainer, now = new Date()) {
  return accountService(container).purgeSecurityRows(new Date(now.getTime() - DAY_MS))
}
