import { model } from "@medusajs/framework/utils"
import { DeliveryBatch } from "./delivery-batch"

/**
 * An order to be collected at a pickup point, and its pickup code (提货码).
 * pending (a group order whose group has not succeeded) → collectable (code issued) → picked_up
 * (verified once, by a conditional update) · canceled (the order was canceled).
 * The code itself is never stored: `code_hash` (keyed HMAC, unique) finds it, `code_encrypted` lets its
 * customer see it again.
 */
export const PickupOrder = model
  .define("pickup_order", {
    id: model.id({ prefix: "pkord" }).primaryKey(),
    order_id: model.text(),
    pickup_point_id: model.text(),
    customer_id: model.text().nullable(),
    leader_id: model.text().nullable(),
    /** The group-buy group, when the order belongs to one. */
    group_id: model.text().nullable(),
    status: model.enum(["pending", "collectable", "picked_up", "canceled"]).default("pending"),
    code_hash: model.text().nullable(),
    code_encrypted: model.text().nullable(),
    code_issued_at: model.dateTime().nullable(),
    /** The goods arrived at the point (its delivery batch was confirmed). */
    ready_at: model.dateTime().nullable(),
    picked_up_at: model.dateTime().nullable(),
    picked_up_by: model.text().nullable(),
    picked_up_by_kind: model.enum(["leader", "operator"]).nullable(),
    canceled_at: model.dateTime().nullable(),
    delivery_batch: model.belongsTo(() => DeliveryBatch, { mappedBy: "orders" }).nullable(),
  })
  .indexes([
    { on: ["order_id"], unique: true },
    { name: "IDX_pickup_order_code_hash", on: ["code_hash"], unique: true, where: "code_hash IS NOT NULL" },
    { on: ["pickup_point_id", "status", "created_at"] },
    { on: ["customer_id"] },
  ])
  .checks([
    {
      name: "pickup_order_code_when_collectable",
      expression: "status NOT IN ('collectable', 'picked_up') OR code_hash IS NOT NULL",
    },
    {
      name: "pickup_order_picked_up_has_who_and_when",
      expression: "status <> 'picked_up' OR (picked_up_at IS NOT NULL AND picked_up_by IS NOT NULL)",
    },
  ])
