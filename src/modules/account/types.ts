import type { ModuleProviderExports } from "@medusajs/framework/types"
import type { OtpFailureCode, OtpRules } from "./utils/otp"

export type MfaGuardRules = {
  /** Second-factor attempts per MFA challenge (Medusa's own default is 5). */
  attempts_per_challenge: number
  /** Second-factor attempts of one auth identity, across challenges, within the window below. */
  attempts_per_identity: number
  identity_window_seconds: number
}

export type AccountModuleOptions = {
  otp?: Partial<OtpRules>
  /** Products kept in a customer's browsing history (default 100). */
  history_limit?: number
  mfa?: Partial<MfaGuardRules>
  /** The SMS gateway (a module provider whose service implements SmsSender); default: the logging sender. */
  sms_sender?: { resolve: string | ModuleProviderExports; id?: string; options?: Record<string, unknown> }
}

export type OtpScope = "customer"

export type RequestOtpResult =
  | { ok: true; expires_at: Date; resend_at: Date }
  | { ok: false; code: "otp_throttled"; retry_after_seconds: number }

export type VerifyOtpResult =
  | { ok: true }
  | { ok: false; code: OtpFailureCode; attempts_left: number | null }

export type MfaAttemptResult =
  | { ok: true; attempts: number }
  | { ok: false; code: "mfa_attempts_exceeded" | "mfa_throttled"; retry_after_seconds: number | null }

export type FavoriteRow = { product_id: string; created_at: Date }
export type HistoryRow = { product_id: string; viewed_at: Date }
