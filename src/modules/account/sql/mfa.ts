import { generateEntityId } from "@medusajs/framework/utils"
import type { MfaAttemptResult, MfaGuardRules } from "../types"
import { type Db, lockKey, one } from "./db"

/**
 * Reserves one second-factor attempt on an MFA challenge before Medusa checks the code. Under the auth identity's
 * transaction lock: first the identity's attempts within the window (all its challenges) are counted, then the
 * challenge's row is upserted only while `attempts < attempts_per_challenge`. Concurrent guesses therefore never
 * exceed either limit.
 */
export async function reserveMfaAttempt(
  knex: Db,
  input: { challenge_id: string; auth_identity_id: string; now: Date; rules: MfaGuardRules }
): Promise<MfaAttemptResult> {
  const { challenge_id, auth_identity_id, now, rules } = input
  await lockKey(knex, `account_mfa:${auth_identity_id}`)
  const windowStart = new Date(now.getTime() - rules.identity_window_seconds * 1000)
  const recent = await one<{ total: number; oldest: Date | null }>(
    knex,
    `SELECT COALESCE(sum(attempts), 0)::int AS total, min(last_attempt_at) AS oldest
     FROM account_mfa_attempt WHERE auth_identity_id = ? AND last_attempt_at > ?`,
    [auth_identity_id, windowStart]
  )
  if ((recent?.total ?? 0) >= rules.attempts_per_identity) {
    const oldest = recent?.oldest ? new Date(recent.oldest).getTime() : now.getTime()
    const retry = Math.max(1, Math.ceil((oldest + rules.identity_window_seconds * 1000 - now.getTime()) / 1000))
    return { ok: false, code: "mfa_throttled", retry_after_seconds: retry }
  }
  const row = await one<{ attempts: number }>(
    knex,
    `INSERT INTO account_mfa_attempt (id, challenge_id, auth_identity_id, attempts, last_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, 1, ?, ?, ?)
     ON CONFLICT (challenge_id) DO UPDATE SET attempts = account_mfa_attempt.attempts + 1,
       last_attempt_at = EXCLUDED.last_attempt_at, updated_at = EXCLUDED.updated_at
     WHERE account_mfa_attempt.attempts < ? AND account_mfa_attempt.auth_identity_id = EXCLUDED.auth_identity_id
     RETURNING attempts`,
    [generateEntityId(undefined, "amfa"), challenge_id, auth_identity_id, now, now, now, rules.attempts_per_challenge]
  )
  return row ? { ok: true, attempts: row.attempts } : { ok: false, code: "mfa_attempts_exceeded", retry_after_seconds: null }
}

/** Claims a recovery code for one use; false when it is being (or was) used already. */
export async function claimRecoveryCode(knex: Db, authIdentityId: string, codeHash: string): Promise<boolean> {
  const row = await one<{ id: string }>(
    knex,
    `INSERT INTO account_recovery_claim (id, auth_identity_id, code_hash) VALUES (?, ?, ?)
     ON CONFLICT (auth_identity_id, code_hash) DO NOTHING RETURNING id`,
    [generateEntityId(undefined, "arcc"), authIdentityId, codeHash]
  )
  return !!row
}

export async function releaseRecoveryCode(knex: Db, authIdentityId: string, codeHash: string): Promise<void> {
  await knex.raw("DELETE FROM account_recovery_claim WHERE auth_identity_id = ? AND code_hash = ?", [authIdentityId, codeHash])
}

/** Forgets attempt rows and claims older than `before` (their challenges and codes are long gone). */
export async function purgeMfaRows(knex: Db, before: Date) {
  const a = await knex.raw("DELETE FROM account_mfa_attempt WHERE last_attempt_at < ?", [before])
  const c = await knex.raw("DELETE FROM account_recovery_claim WHERE created_at < ?", [before])
  return { attempts: a.rowCount ?? 0, claims: c.rowCount ?? 0 }
}
