import { model } from "@medusajs/framework/utils"

/**
 * The invite-a-friend programme (one row, key "default"): what the referrer and the invitee get when the
 * invitee's first order is completed: points (needs the loyalty module), a coupon template, or nothing.
 */
export const ReferralSettings = model
  .define("ReferralSettings", {
    id: model.id({ prefix: "refset" }).primaryKey(),
    key: model.text().default("default"),
    enabled: model.boolean().default(true),
    referrer_reward_type: model.enum(["none", "points", "coupon"]).default("none"),
    referrer_points: model.number().nullable(),
    referrer_template_id: model.text().nullable(),
    invitee_reward_type: model.enum(["none", "points", "coupon"]).default("none"),
    invitee_points: model.number().nullable(),
    invitee_template_id: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])
