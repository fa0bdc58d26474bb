import { model } from "@medusajs/framework/utils"
import { GroupBuyGroup } from "./group"

export const MEMBER_STATUSES = ["pending", "confirmed", "refunded", "canceled"] as const

/**
 * One customer's place in a group, made by one cart (unique: a repeated completion finds it again).
 * pending: slot reserved at cart completion, order not seen yet; confirmed: the order exists;
 * refunded / canceled: the group failed (or the order was canceled) and the payment was refunded / voided.
 *
 * Money per member, each step idempotent and recorded here: `captured_at` (payment captured),
 * `protection_amount` (price protection due at close) and `protection_refunded_at`, `refunded_amount` (every
 * refund made: price protection or the failure refund). `attempts` / `last_error` record failed tries (the
 * job retries them); `lease_until` keeps two workers off the same member's money.
 */
export const GroupBuyMember = model
  .define("GroupBuyMember", {
    id: model.id({ prefix: "gbmem" }).primaryKey(),
    group: model.belongsTo(() => GroupBuyGroup, { mappedBy: "members" }),
    campaign_id: model.text(),
    customer_id: model.text(),
    cart_id: model.text(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    variant_id: model.text(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum([...MEMBER_STATUSES]).default("pending"),
    confirmed_at: model.dateTime().nullable(),
    captured_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    protection_amount: model.bigNumber().nullable(),
    protection_refunded_at: model.dateTime().nullable(),
    refunded_amount: model.bigNumber().default(0),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    lease_until: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    { on: ["group_id", "status"], where: "deleted_at IS NULL" },
    { on: ["campaign_id", "customer_id", "status"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL AND status = 'pending'" },
    // The job's capture retries: confirmed members whose payment is not captured yet (few at any time).
    { on: ["id"], where: "deleted_at IS NULL AND status = 'confirmed' AND captured_at IS NULL" },
  ])
  .checks([
    { name: "group_buy_member_quantity_check", expression: (c) => `${c.quantity} >= 1` },
    {
      name: "group_buy_member_order_check",
      expression: (c) => `${c.status} = 'pending' OR ${c.order_id} IS NOT NULL`,
    },
  ])
