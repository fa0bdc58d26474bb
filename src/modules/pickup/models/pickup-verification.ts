import { model } from "@medusajs/framework/utils"

/** Every pickup-code verification attempt: who, when, where, and how it ended. Append-only. */
export const PickupVerification = model
  .define("pickup_verification", {
    id: model.id({ prefix: "pkver" }).primaryKey(),
    pickup_point_id: model.text().nullable(),
    pickup_order_id: model.text().nullable(),
    order_id: model.text().nullable(),
    actor_id: model.text(),
    actor_kind: model.enum(["leader", "operator"]),
    /** "verified", or the refusal's code (invalid_pickup_code, already_picked_up, order_canceled…). */
    outcome: model.text(),
  })
  .indexes([
    { on: ["pickup_point_id", "created_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
  ])
