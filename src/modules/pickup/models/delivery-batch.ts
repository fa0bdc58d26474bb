import { model } from "@medusajs/framework/utils"
import { PickupOrder } from "./pickup-order"

/**
 * The orders one pickup point receives on one delivery date (after a community deal's cutoff):
 * open (collecting orders) → dispatched (operator, truck left) → arrived (leader confirms).
 */
export const DeliveryBatch = model
  .define("delivery_batch", {
    id: model.id({ prefix: "pkbat" }).primaryKey(),
    pickup_point_id: model.text(),
    /** Store-local date (YYYY-MM-DD). */
    delivery_date: model.text(),
    status: model.enum(["open", "dispatched", "arrived"]).default("open"),
    dispatched_at: model.dateTime().nullable(),
    dispatched_by: model.text().nullable(),
    arrived_at: model.dateTime().nullable(),
    arrived_by: model.text().nullable(),
    orders: model.hasMany(() => PickupOrder, { mappedBy: "delivery_batch" }),
  })
  .indexes([
    { name: "IDX_delivery_batch_point_date", on: ["pickup_point_id", "delivery_date"], unique: true },
    { on: ["delivery_date", "status"] },
  ])
  .checks([
    { name: "delivery_batch_date_format", expression: "delivery_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'" },
  ])
