import { model } from "@medusajs/framework/utils"

/**
 * Wrong pickup codes per scope (a pickup point, or an operator) per fixed time window, for rate limiting.
 * Counted with a conditional upsert, so concurrent wrong guesses never exceed the limit.
 */
export const PickupAttemptWindow = model
  .define("pickup_attempt_window", {
    id: model.id({ prefix: "pkatt" }).primaryKey(),
    scope: model.text(),
    window_start: model.dateTime(),
    failures: model.number().default(0),
  })
  .indexes([{ name: "IDX_pickup_attempt_window_scope", on: ["scope", "window_start"], unique: true }])
  .checks([{ name: "pickup_attempt_window_failures_non_negative", expression: "failures >= 0" }])
