import type { MedusaContainer } from "@medusajs/framework/types"
import { DateTime } from "luxon"
import { getStoreSettings } from "../../lib/store-settings"
import { loyaltyService } from "./utils/loyalty-service"

/**
 * The daily expiry: writes `expire` entries for every lot whose expiry has passed, customer by customer,
 * oldest lots first (FIFO). Idempotent: expired lots are emptied in the same transaction as their entry,
 * and the entry is unique by (customer, expiry instant), so a re-run finds nothing left to do.
 */
export async function expireDuePoints(container: MedusaContainer, now = new Date()) {
  const service = loyaltyService(container)
  let customers = 0
  let points = 0
  for (;;) {
    const batch = await service.listCustomersWithDuePoints(now, 100)
    if (!batch.length) {
      break
    }
    for (const customerId of batch) {
      const res = await service.expireCustomerPoints(customerId, now)
      customers += 1
      points += res.points
    }
  }
  return { customers, points }
}

/**
 * The yearly tier review: on the review date (MM-DD, store time zone), or within a week after it if the job
 * could not run that day, and once per year, every customer's tier is re-evaluated from their spend and
 * may go down. Runs daily; acts once a year.
 */
const REVIEW_CATCH_UP_DAYS = 7

export async function reviewTiersIfDue(container: MedusaContainer, now = new Date()) {
  const service = loyaltyService(container)
  const settings = await service.getSettings()
  const local = DateTime.fromJSDate(now, { zone: getStoreSettings().timeZone })
  const due = DateTime.fromISO(`${local.year}-${settings.tier_review_date}`, { zone: getStoreSettings().timeZone })
  const inWindow = due.isValid && local >= due && local < due.plus({ days: REVIEW_CATCH_UP_DAYS })
  if (!inWindow || (settings.last_tier_review_year ?? 0) >= local.year) {
    return { reviewed: 0, changed: 0, skipped: true }
  }
  let after: string | null = null
  let reviewed = 0
  let changed = 0
  for (;;) {
    const batch = await service.listAccountCustomers(after, 200)
    if (!batch.length) {
      break
    }
    for (const customerId of batch) {
      const res = await service.evaluateCustomerTier(customerId, { now, mode: "review" })
      reviewed += 1
      changed += res.changed ? 1 : 0
    }
    after = batch[batch.length - 1]
  }
  await service.saveSettings({ last_tier_review_year: local.year })
  return { reviewed, changed, skipped: false }
}
