import { model } from "@medusajs/framework/utils"
import { Referral } from "./referral"

/** A reward of one referral to one side (referrer or invitee); unique per (referral, beneficiary). */
export const ReferralReward = model
  .define("ReferralReward", {
    id: model.id({ prefix: "refrwd" }).primaryKey(),
    referral: model.belongsTo(() => Referral, { mappedBy: "rewards" }),
    beneficiary: model.enum(["referrer", "invitee"]),
    customer_id: model.text(),
    kind: model.enum(["points", "coupon"]),
    points: model.number().nullable(),
    template_id: model.text().nullable(),
    claim_id: model.text().nullable(),
    status: model.enum(["granted", "failed"]),
    failure_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["referral_id", "beneficiary"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
