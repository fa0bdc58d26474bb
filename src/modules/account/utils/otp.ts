import { randomInt } from "crypto"

/** The rules of one-time SMS codes; module options override them (see types.ts). */
export type OtpRules = {
  /** Digits of a code. */
  code_length: number
  /** How long a code is valid. */
  ttl_seconds: number
  /** Wrong guesses allowed per code; then a new code must be requested. */
  max_attempts: number
  /** Least time between two codes for one phone. */
  resend_cooldown_seconds: number
  /** Codes per phone within a window … */
  max_sends_per_window: number
  /** … of this length. */
  send_window_seconds: number
}

export const DEFAULT_OTP_RULES: OtpRules = {
  code_length: 6,
  ttl_seconds: 300,
  max_attempts: 5,
  resend_cooldown_seconds: 60,
  max_sends_per_window: 5,
  send_window_seconds: 3600,
}

export function generateOtpCode(length: number, random: (max: number) => number = randomInt): string {
  let code = ""
  for (let i = 0; i < length; i++) {
    code += String(random(10))
  }
  return code
}

/** What a code typed by a shopper looks like once spaces are dropped; anything else is simply wrong. */
export function normalizeOtpInput(code: unknown): string | null {
  if (typeof code !== "string" && typeof code !== "number") {
    return null
  }
  const s = String(code).replace(/\s/g, "")
  return /^\d{4,10}$/.test(s) ? s : null
}

export type OtpFailureCode = "otp_invalid" | "otp_expired" | "otp_attempts_exceeded"

export type OtpRowState = {
  expires_at: Date
  attempts: number
  max_attempts: number
  consumed_at: Date | null
}

/**
 * Why a code could not be verified, from the row as it is after the verifying UPDATE matched nothing:
 * no code or a used one is `otp_invalid` (the shopper must request one), a code past its validity `otp_expired`,
 * one whose wrong guesses reached the limit `otp_attempts_exceeded`.
 */
export function otpFailure(row: OtpRowState | null | undefined, now: Date): OtpFailureCode {
  if (!row || row.consumed_at) {
    return "otp_invalid"
  }
  if (row.attempts >= row.max_attempts) {
    return "otp_attempts_exceeded"
  }
  if (row.expires_at.getTime() <= now.getTime()) {
    return "otp_expired"
  }
  return "otp_invalid"
}

export type OtpSendState = { last_sent_at: Date; window_started_at: Date; window_count: number }

/**
 * Seconds until a phone may get a new code (0: now). The cooldown since the last code, and, when the window's
 * cap is reached, the end of that window.
 */
export function otpRetryAfterSeconds(state: OtpSendState | null | undefined, now: Date, rules: OtpRules): number {
  if (!state) {
    return 0
  }
  const t = now.getTime()
  const cooldownEnd = state.last_sent_at.getTime() + rules.resend_cooldown_seconds * 1000
  const windowEnd = state.window_started_at.getTime() + rules.send_window_seconds * 1000
  const windowFull = t < windowEnd && state.window_count >= rules.max_sends_per_window
  const until = Math.max(cooldownEnd, windowFull ? windowEnd : 0)
  return Math.max(0, Math.ceil((until - t) / 1000))
}
