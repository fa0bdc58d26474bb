import { MathBN, generateEntityId } from "@medusajs/framework/utils"
import type { LoyaltySettingsValues, TierInput } from "../types"
import type { Db } from "./db"
import { readSettings } from "./settings"
import { listTiers } from "./tiers"

const raw = (v: number | string) => JSON.stringify({ value: MathBN.convert(v).toString(), precision: 20 })

/**
 * Writes the settings row (created on first save) with `patch` over the current values, and, when `tiers`
 * is given, makes the tier table exactly that list: tiers are matched by `code` (ids, and so the customers
 * holding them, are kept), missing ones are soft-deleted. Runs in the caller's transaction.
 */
export async function saveSettings(
  knex: Db,
  patch: Partial<Omit<LoyaltySettingsValues, "last_tier_review_year">> & { last_tier_review_year?: number | null },
  tiers?: TierInput[]
): Promise<void> {
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext('loyalty_settings'))")
  const s = { ...(await readSettings(knex)), ...patch }
  await knex.raw(
    `INSERT INTO loyalty_settings (id, key, currency_code, earn_points_per_unit, raw_earn_points_per_unit,
       redeem_points_per_unit, redeem_max_share, raw_redeem_max_share, expiry_months, expiring_soon_days,
       checkin_rewards, tier_basis, tier_review_date, last_tier_review_year)
     VALUES (?, 'default', ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET currency_code = EXCLUDED.currency_code,
       earn_points_per_unit = EXCLUDED.earn_points_per_unit, raw_earn_points_per_unit = EXCLUDED.raw_earn_points_per_unit,
       redeem_points_per_unit = EXCLUDED.redeem_points_per_unit, redeem_max_share = EXCLUDED.redeem_max_share,
       raw_redeem_max_share = EXCLUDED.raw_redeem_max_share, expiry_months = EXCLUDED.expiry_months,
       expiring_soon_days = EXCLUDED.expiring_soon_days, checkin_rewards = EXCLUDED.checkin_rewards,
       tier_basis = EXCLUDED.tier_basis, tier_review_date = EXCLUDED.tier_review_date,
       last_tier_review_year = EXCLUDED.last_tier_review_year, deleted_at = NULL, updated_at = now()`,
    [
      generateEntityId(undefined, "lset"),
      s.currency_code.toLowerCase(),
      String(s.earn_points_per_unit),
      raw(s.earn_points_per_unit),
      s.redeem_points_per_unit,
      String(s.redeem_max_share),
      raw(s.redeem_max_share),
      s.expiry_months,
      s.expiring_soon_days,
      JSON.stringify(s.checkin_rewards),
      s.tier_basis,
      s.tier_review_date,
      s.last_tier_review_year,
    ]
  )
  if (!tiers) {
    return
  }
  const current = await listTiers(knex)
  const keep = new Set(tiers.map((t) => t.code))
  const gone = current.filter((t) => !keep.has(t.code)).map((t) => t.id)
  if (gone.length) {
    await knex.raw(
      `UPDATE loyalty_tier SET deleted_at = now(), updated_at = now() WHERE id IN (${gone.map(() => "?").join(", ")})`,
      gone
    )
    await knex.raw(
      `UPDATE loyalty_account SET tier_id = NULL, updated_at = now() WHERE tier_id IN (${gone.map(() => "?").join(", ")})`,
      gone
    )
  }
  // Ranks are unique: park the live ones out of the way before writing the new order.
  await knex.raw("UPDATE loyalty_tier SET rank = -1000000 - rank WHERE deleted_at IS NULL")
  for (const t of tiers) {
    const existing = current.find((c) => c.code === t.code)
    const values = [
      t.name,
      t.name_en ?? null,
      t.rank,
      String(t.min_spend),
      raw(t.min_spend),
      String(t.multiplier),
      raw(t.multiplier),
      t.free_shipping_threshold === null || t.free_shipping_threshold === undefined ? null : String(t.free_shipping_threshold),
      t.free_shipping_threshold === null || t.free_shipping_threshold === undefined ? null : raw(t.free_shipping_threshold),
    ]
    if (existing) {
      await knex.raw(
        `UPDATE loyalty_tier SET name = ?, name_en = ?, rank = ?, min_spend = ?, raw_min_spend = ?, multiplier = ?,
           raw_multiplier = ?, free_shipping_threshold = ?, raw_free_shipping_threshold = ?, updated_at = now()
         WHERE id = ?`,
        [...values, existing.id]
      )
    } else {
      await knex.raw(
        `INSERT INTO loyalty_tier (name, name_en, rank, min_spend, raw_min_spend, multiplier, raw_multiplier,
           free_shipping_threshold, raw_free_shipping_threshold, id, code)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [...values, generateEntityId(undefined, "ltier"), t.code]
      )
    }
  }
}

/** Tiers as they are now, for a compensation to put back. */
export async function tierInputs(knex: Db): Promise<TierInput[]> {
  return (await listTiers(knex)).map((t) => ({
    code: t.code,
    name: t.name,
    name_en: t.name_en,
    rank: t.rank,
    min_spend: t.min_spend,
    multiplier: t.multiplier,
    free_shipping_threshold: t.free_shipping_threshold,
  }))
}


