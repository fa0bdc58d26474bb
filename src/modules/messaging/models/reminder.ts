import { model } from "@medusajs/framework/utils"

/**
 * Reminders already sent (or being sent), unique by (kind, reference): a coupon claim is reminded of its
 * expiry once, a points lot once, whatever how often or on how many instances the job runs.
 */
export const MessagingReminder = model
  .define("messaging_reminder", {
    id: model.id({ prefix: "msgrem" }).primaryKey(),
    /** e.g. "coupon.expiring_soon", "points.expiring_soon" */
    kind: model.text(),
    /** The reminded thing: a coupon claim id, a points lot id. */
    reference: model.text(),
    customer_id: model.text(),
  })
  .indexes([
    { on: ["kind", "reference"], unique: true, where: null },
    { on: ["customer_id"] },
  ])
