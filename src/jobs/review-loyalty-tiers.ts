import type { MedusaContainer } from "@medusajs/framework/types"
import { reviewTiersIfDue } from "../workflows/loyalty/jobs"
import { dailyCronAt } from "../lib/store-settings"

/** Daily check; on the settings' review date once a year every tier is re-evaluated (downgrades too). */
export default async function reviewLoyaltyTiers(container: MedusaContainer) {
  const res = await reviewTiersIfDue(container)
  if (!res.skipped) {
    container.resolve("logger").info(`loyalty: tier review, ${res.reviewed} customers, ${res.changed} changed`)
  }
}

export const config = { name: "review-loyalty-tiers", schedule: dailyCronAt("00:20") }
