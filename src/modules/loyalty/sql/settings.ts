import { getStoreSettings } from "../../../lib/store-settings"
import type { LoyaltySettingsValues } from "../types"
import { type Db, one } from "./db"

/** The programme as the issue describes it; operators change it in the admin (one settings row). */
export function defaultSettings(): LoyaltySettingsValues {
  return {
    currency_code: getStoreSettings().currencyCode,
    earn_points_per_unit: 1,
    redeem_points_per_unit: 100,
    redeem_max_share: 0.5,
    expiry_months: 12,
    expiring_soon_days: 30,
    checkin_rewards: [5, 5, 10, 10, 15, 20, 30],
    tier_basis: "rolling_12_months",
    tier_review_date: "01-01",
    last_tier_review_year: null,
  }
}

type SettingsRow = Omit<LoyaltySettingsValues, "earn_points_per_unit" | "redeem_max_share"> & {
  earn_points_per_unit: string
  redeem_max_share: string
}

export async function readSettings(knex: Db): Promise<LoyaltySettingsValues> {
  const row = await one<SettingsRow>(
    knex,
    `SELECT currency_code, earn_points_per_unit, redeem_points_per_unit, redeem_max_share, expiry_months,
       expiring_soon_days, checkin_rewards, tier_basis, tier_review_date, last_tier_review_year
     FROM loyalty_settings WHERE key = 'default' AND deleted_at IS NULL`
  )
  if (!row) {
    return defaultSettings()
  }
  return {
    ...row,
    earn_points_per_unit: Number(row.earn_points_per_unit),
    redeem_max_share: Number(row.redeem_max_share),
  }
}
