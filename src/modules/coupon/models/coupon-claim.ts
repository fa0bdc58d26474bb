import { model } from "@medusajs/framework/utils"
import { CouponApplication } from "./coupon-application"
import { CouponTemplate } from "./coupon-template"

/**
 * One personal, single-use coupon in a customer's wallet. "expired" is not stored: an available claim whose
 * expires_at has passed is expired (so a coupon returned from a canceled order after its end date simply
 * shows as expired). A used claim records the cart that consumed it (the order is that cart's order).
 */
export const CouponClaim = model
  .define("CouponClaim", {
    id: model.id({ prefix: "cpclm" }).primaryKey(),
    template: model.belongsTo(() => CouponTemplate, { mappedBy: "claims" }),
    customer_id: model.text(),
    status: model.enum(["available", "used"]).default("available"),
    /** claim: the customer claimed it; issue: an operator issued it; register: new-user gift; referral: a reward. */
    source: model.enum(["claim", "issue", "register", "referral"]),
    /** Idempotency key of system issues, e.g. "register:<template>:<customer>"; unique. */
    source_key: model.text().nullable(),
    /** Store day (YYYY-MM-DD, store time zone) of the claim, for the per-day limit. */
    claim_day: model.text(),
    valid_from: model.dateTime(),
    expires_at: model.dateTime().nullable(),
    used_at: model.dateTime().nullable(),
    used_cart_id: model.text().nullable(),
    discount_total: model.bigNumber().nullable(),
    issued_by: model.text().nullable(),
    note: model.text().nullable(),
    applications: model.hasMany(() => CouponApplication, { mappedBy: "claim" }),
  })
  .indexes([
    { on: ["template_id", "customer_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "status"], where: "deleted_at IS NULL" },
    { on: ["used_cart_id"], where: "deleted_at IS NULL AND used_cart_id IS NOT NULL" },
    { on: ["source_key"], unique: true, where: "deleted_at IS NULL AND source_key IS NOT NULL" },
  ])
  .checks([
    {
      name: "coupon_claim_used_check",
      expression: (c) => `(${c.status} = 'used') = (${c.used_cart_id} IS NOT NULL AND ${c.used_at} IS NOT NULL)`,
    },
  ])
