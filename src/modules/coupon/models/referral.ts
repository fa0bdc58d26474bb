import { model } from "@medusajs/framework/utils"
import { ReferralReward } from "./referral-reward"

/** Each customer's own referral code (邀请码), created on first use. */
export const ReferralCode = model
  .define("ReferralCode", {
    id: model.id({ prefix: "refcode" }).primaryKey(),
    customer_id: model.text(),
    code: model.text(),
  })
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
  ])

/**
 * invitee was invited by referrer. One referrer per customer (unique invitee), never oneself (check), no
 * cycles (checked under a lock when binding). rewarded_order_id is set exactly once, by the conditional
 * update that grants the rewards after the invitee's first completed order.
 */
export const Referral = model
  .define("Referral", {
    id: model.id({ prefix: "refl" }).primaryKey(),
    referrer_id: model.text(),
    invitee_id: model.text(),
    code: model.text(),
    /** register: code given at registration; bind: entered afterwards; share: from a shared link (e.g. a group). */
    source: model.enum(["register", "bind", "share"]),
    rewarded_order_id: model.text().nullable(),
    rewarded_at: model.dateTime().nullable(),
    rewards: model.hasMany(() => ReferralReward, { mappedBy: "referral" }),
  })
  .indexes([
    { on: ["invitee_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["referrer_id"], where: "deleted_at IS NULL" },
  ])
  .checks([{ name: "referral_not_self_check", expression: (c) => `${c.referrer_id} <> ${c.invitee_id}` }])
