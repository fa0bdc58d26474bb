import { model } from "@medusajs/framework/utils"

/**
 * Second-factor attempts per MFA challenge (Medusa's `/auth/mfa/challenges/:id/verify`). Medusa counts failed
 * attempts in its cache with a read-then-write, which concurrent guesses can overrun; this row reserves every
 * attempt before Medusa sees it (conditional upsert `attempts < limit`, under a per-identity transaction lock that
 * also caps the attempts of one auth identity across challenges in a time window).
 */
export const AccountMfaAttempt = model
  .define("account_mfa_attempt", {
    id: model.id({ prefix: "amfa" }).primaryKey(),
    challenge_id: model.text(),
    auth_identity_id: model.text(),
    attempts: model.number().default(0),
    last_attempt_at: model.dateTime(),
  })
  .indexes([
    { on: ["challenge_id"], unique: true, where: null },
    { on: ["auth_identity_id", "last_attempt_at"], where: null },
  ])
  .checks([{ name: "account_mfa_attempt_attempts_positive", expression: (c) => `${c.attempts} >= 1` }])
