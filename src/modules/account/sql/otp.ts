import { generateEntityId } from "@medusajs/framework/utils"
import type { OtpScope, VerifyOtpResult } from "../types"
import { type OtpRules, type OtpSendState, otpFailure, type OtpRowState } from "../utils/otp"
import { type Db, one } from "./db"

const seconds = (now: Date, s: number) => new Date(now.getTime() + s * 1000)

/**
 * Stores a new code for (phone, scope) unless the phone is throttled, in ONE statement: the upsert's
 * `DO UPDATE … WHERE` only replaces the previous code when the cooldown has passed and the send window still has
 * room (a new window starts when the old one is over). Concurrent requests serialize on the row: at most one
 * wins per cooldown. Returns the row's id, or null when throttled.
 */
export async function issueOtp(
  knex: Db,
  input: { phone: string; scope: OtpScope; code_hash: string; now: Date; rules: OtpRules }
): Promise<{ id: string; expires_at: Date } | null> {
  const { phone, scope, code_hash, now, rules } = input
  const expiresAt = seconds(now, rules.ttl_seconds)
  const cooldownEdge = seconds(now, -rules.resend_cooldown_seconds)
  const windowEdge = seconds(now, -rules.send_window_seconds)
  const row = await one<{ id: string; expires_at: Date }>(
    knex,
    `INSERT INTO account_otp_code
       (id, phone, scope, code_hash, expires_at, attempts, max_attempts, consumed_at, last_sent_at,
        window_started_at, window_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, ?, NULL, ?, ?, 1, ?, ?)
     ON CONFLICT (phone, scope) DO UPDATE SET
       code_hash = EXCLUDED.code_hash,
       expires_at = EXCLUDED.expires_at,
       attempts = 0,
       max_attempts = EXCLUDED.max_attempts,
       consumed_at = NULL,
       last_sent_at = EXCLUDED.last_sent_at,
       window_started_at = CASE WHEN account_otp_code.window_started_at <= ? THEN EXCLUDED.window_started_at
                                ELSE account_otp_code.window_started_at END,
       window_count = CASE WHEN account_otp_code.window_started_at <= ? THEN 1
                           ELSE account_otp_code.window_count + 1 END,
       updated_at = EXCLUDED.updated_at,
       deleted_at = NULL
     WHERE account_otp_code.last_sent_at <= ?
       AND (account_otp_code.window_started_at <= ? OR account_otp_code.window_count < ?)
     RETURNING id, expires_at`,
    [
      generateEntityId(undefined, "aotp"),
      phone,
      scope,
      code_hash,
      expiresAt,
      rules.max_attempts,
      now,
      now,
      now,
      now,
      windowEdge,
      windowEdge,
      cooldownEdge,
      windowEdge,
      rules.max_sends_per_window,
    ]
  )
  return row ?? null
}

export async function otpSendState(knex: Db, phone: string, scope: OtpScope): Promise<OtpSendState | undefined> {
  return one<OtpSendState>(
    knex,
    "SELECT last_sent_at, window_started_at, window_count FROM account_otp_code WHERE phone = ? AND scope = ?",
    [phone, scope]
  )
}

/**
 * Checks a code in ONE conditional UPDATE: it only touches a live row (not consumed, not expired, attempts left);
 * a wrong code spends an attempt, a right one is consumed when `consume` (a login or registration that goes
 * through) and left usable otherwise (the phone turned out not to be registered, or already registered).
 * Concurrent guesses serialize on the row and re-check `attempts < max_attempts`, so they never exceed the limit;
 * of two concurrent right guesses only one consumes the code.
 */
export async function verifyOtp(
  knex: Db,
  input: { phone: string; scope: OtpScope; code_hash: string; consume: boolean; now: Date }
): Promise<VerifyOtpResult> {
  const { phone, scope, code_hash, consume, now } = input
  const hit = await one<{ matched: boolean; attempts: number; max_attempts: number }>(
    knex,
    `UPDATE account_otp_code SET
       attempts = CASE WHEN code_hash = ? THEN attempts ELSE attempts + 1 END,
       consumed_at = CASE WHEN code_hash = ? AND ?::boolean THEN ?::timestamptz ELSE consumed_at END,
       updated_at = ?
     WHERE phone = ? AND scope = ? AND consumed_at IS NULL AND expires_at > ? AND attempts < max_attempts
     RETURNING (code_hash = ?) AS matched, attempts, max_attempts`,
    [code_hash, code_hash, consume, now, now, phone, scope, now, code_hash]
  )
  if (hit?.matched) {
    return { ok: true }
  }
  if (hit) {
    const left = hit.max_attempts - hit.attempts
    return left > 0
      ? { ok: false, code: "otp_invalid", attempts_left: left }
      : { ok: false, code: "otp_attempts_exceeded", attempts_left: 0 }
  }
  const row = await one<OtpRowState>(
    knex,
    "SELECT expires_at, attempts, max_attempts, consumed_at FROM account_otp_code WHERE phone = ? AND scope = ?",
    [phone, scope]
  )
  return { ok: false, code: otpFailure(row, now), attempts_left: null }
}
