import { generateEntityId } from "@medusajs/framework/utils"
import type { CommissionSettingsValues } from "../types"
import { type Db, one, raw } from "./db"

/** The defaults the issue names: settlement 7 days after collection; withdrawals from ¥10, no fee. */
export function defaultSettings(): CommissionSettingsValues {
  return {
    settlement_delay_days: 7,
    withdrawal_min_amount: "10",
    withdrawal_fee_percent: "0",
    withdrawal_fee_fixed: "0",
  }
}

export async function readSettings(knex: Db): Promise<CommissionSettingsValues> {
  const row = await one<CommissionSettingsValues>(
    knex,
    `SELECT settlement_delay_days, withdrawal_min_amount::text, withdrawal_fee_percent::text, withdrawal_fee_fixed::text
     FROM commission_settings WHERE key = 'default' AND deleted_at IS NULL`
  )
  return row ?? defaultSettings()
}

/** Writes the settings row (created on first save) with `patch` over the current values. */
export async function saveSettings(knex: Db, patch: Partial<CommissionSettingsValues>): Promise<CommissionSettingsValues> {
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext('commission_settings'))")
  const s = { ...(await readSettings(knex)), ...patch }
  await knex.raw(
    `INSERT INTO commission_settings (id, key, settlement_delay_days, withdrawal_min_amount, raw_withdrawal_min_amount,
       withdrawal_fee_percent, raw_withdrawal_fee_percent, withdrawal_fee_fixed, raw_withdrawal_fee_fixed)
     VALUES (?, 'default', ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET settlement_delay_days = EXCLUDED.settlement_delay_days,
       withdrawal_min_amount = EXCLUDED.withdrawal_min_amount, raw_withdrawal_min_amount = EXCLUDED.raw_withdrawal_min_amount,
       withdrawal_fee_percent = EXCLUDED.withdrawal_fee_percent, raw_withdrawal_fee_percent = EXCLUDED.raw_withdrawal_fee_percent,
       withdrawal_fee_fixed = EXCLUDED.withdrawal_fee_fixed, raw_withdrawal_fee_fixed = EXCLUDED.raw_withdrawal_fee_fixed,
       deleted_at = NULL, updated_at = now()`,
    [
      generateEntityId(undefined, "cset"),
      s.settlement_delay_days,
      s.withdrawal_min_amount,
      raw(s.withdrawal_min_amount),
      s.withdrawal_fee_percent,
      raw(s.withdrawal_fee_percent),
      s.withdrawal_fee_fixed,
      raw(s.withdrawal_fee_fixed),
    ]
  )
  return readSettings(knex)
}
