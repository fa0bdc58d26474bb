import crypto from "crypto"
import { ACCOUNT_MODULE } from "./constants"

/**
 * The auth and account module declarations for medusa-config.ts. Only Node built-ins here: the config file loads
 * this before any module.
 *
 * Auth module:
 * - providers `emailpass` (Medusa's, for customers and admin users) and `phone-otp` (customers: phone + SMS code);
 * - `dependencies: ["account"]`: an auth provider only sees its module's container; this makes the account
 *   module (where codes are stored and checked) resolvable by the phone-otp provider;
 * - MFA (Medusa's built-in TOTP + recovery codes): secrets encrypted with AUTH_MFA_ENCRYPTION_KEY, or a key derived
 *   from DATA_ENCRYPTION_KEY, or (outside production) a development key; disabling a factor needs a current code.
 */
const DEV_KEY = "development-only-data-encryption-key-change-me"

export function mfaEncryptionKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.AUTH_MFA_ENCRYPTION_KEY) {
    return env.AUTH_MFA_ENCRYPTION_KEY
  }
  const base = env.DATA_ENCRYPTION_KEY || (env.NODE_ENV === "production" ? "" : DEV_KEY)
  if (base.length < 32) {
    return undefined
  }
  return Buffer.from(crypto.hkdfSync("sha256", base, "community-group-buy", "auth-mfa", 32)).toString("hex")
}

export function authModuleConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    resolve: "@medusajs/medusa/auth",
    dependencies: [ACCOUNT_MODULE],
    options: {
      providers: [
        { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
        { resolve: "./src/modules/account/auth-provider", id: "phone-otp" },
      ],
      mfa: {
        encryption_key: mfaEncryptionKey(env),
        disable_policy: "challenge" as const,
        challenge_ttl_seconds: 300,
        challenge_max_attempts: 5,
        providers: [{ id: "totp", options: { issuer: env.MFA_ISSUER || "Community Group Buy" } }],
      },
    },
  }
}

export function accountModuleConfig(env: NodeJS.ProcessEnv = process.env) {
  return {
    resolve: "./src/modules/account",
    options: {
      otp: {
        ttl_seconds: Number(env.OTP_TTL_SECONDS || 300),
        max_attempts: Number(env.OTP_MAX_ATTEMPTS || 5),
        resend_cooldown_seconds: Number(env.OTP_RESEND_COOLDOWN_SECONDS || 60),
        max_sends_per_window: Number(env.OTP_MAX_SENDS_PER_HOUR || 5),
        send_window_seconds: 3600,
      },
    },
  }
}
