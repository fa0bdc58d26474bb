import { model } from "@medusajs/framework/utils"

/**
 * A community leader (团长): a customer whose application was approved. They run one pickup point and log
 * into the admin as the user `user_id` with the `community_leader` role.
 */
export const Leader = model
  .define("leader", {
    id: model.id({ prefix: "ldr" }).primaryKey(),
    customer_id: model.text(),
    user_id: model.text().nullable(),
    pickup_point_id: model.text().nullable(),
    /** active: works and earns · suspended: locked out of the leader pages until reinstated. */
    status: model.enum(["active", "suspended"]).default("active"),
    name: model.text().searchable(),
    phone: model.text().nullable(),
    /** The residential community (小区) the leader serves. */
    community: model.text().nullable(),
    email: model.text().nullable(),
    /** Code in the leader's share link; binds the customers who follow it. */
    share_code: model.text(),
    application_id: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    suspended_at: model.dateTime().nullable(),
    suspension_reason: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true },
    { on: ["user_id"], unique: true, where: "user_id IS NOT NULL" },
    { on: ["share_code"], unique: true },
    { on: ["pickup_point_id"], where: "pickup_point_id IS NOT NULL" },
  ])
