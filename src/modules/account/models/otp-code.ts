import { model } from "@medusajs/framework/utils"

/**
 * The one-time SMS code of a phone number, one row per (phone, scope): a new code replaces the previous one.
 * Only its keyed hash is stored. Every rule is enforced by a single conditional statement on this row:
 * - validity: `expires_at` (5 minutes by default) and `consumed_at` (single use);
 * - attempt limit: `attempts < max_attempts` in the WHERE of the verifying UPDATE, so concurrent wrong guesses
 *   serialize on the row and can never exceed the limit;
 * - resend throttling: the upsert that issues a code only updates when `last_sent_at` is older than the cooldown
 *   and the window's `window_count` is below its cap.
 */
export const AccountOtpCode = model
  .define("account_otp_code", {
    id: model.id({ prefix: "aotp" }).primaryKey(),
    /** E.164, e.g. +8613800138000. */
    phone: model.text(),
    /** Who the code logs in: "customer". */
    scope: model.text(),
    code_hash: model.text(),
    expires_at: model.dateTime(),
    attempts: model.number().default(0),
    max_attempts: model.number(),
    consumed_at: model.dateTime().nullable(),
    last_sent_at: model.dateTime(),
    window_started_at: model.dateTime(),
    window_count: model.number().default(1),
  })
  .indexes([{ on: ["phone", "scope"], unique: true, where: null }])
  .checks([
    {
      name: "account_otp_code_attempts_in_range",
      expression: (c) => `${c.attempts} >= 0 AND ${c.attempts} <= ${c.max_attempts}`,
    },
    { name: "account_otp_code_window_count_positive", expression: (c) => `${c.window_count} >= 1` },
  ])
