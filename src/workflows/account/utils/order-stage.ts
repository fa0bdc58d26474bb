/**
 * What a shopper is waiting for on an order, for the personal centre's tabs (待付款 · 待成团 · 待自提 · 已完成 …),
 * combining Medusa's order, payment and fulfillment status with the order's group and pickup.
 */
export type OrderStage =
  | "awaiting_payment"
  | "awaiting_group"
  | "group_failed"
  | "processing"
  | "awaiting_pickup"
  | "ready_for_pickup"
  | "picked_up"
  | "shipped"
  | "completed"
  | "canceled"

export type OrderStageInput = {
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  group?: { status: string } | null
  pickup?: { status: string; ready: boolean } | null
}

const UNPAID = new Set(["not_paid", "awaiting", "requires_action"])
const SHIPPED = new Set(["shipped", "partially_shipped", "delivered", "partially_delivered"])

export function orderStage(o: OrderStageInput): OrderStage {
  if (o.group?.status === "failed") {
    return "group_failed"
  }
  if (o.status === "canceled" || o.pickup?.status === "canceled") {
    return "canceled"
  }
  if (o.pickup?.status === "picked_up") {
    return "picked_up"
  }
  if (o.status === "completed") {
    return "completed"
  }
  if (o.group?.status === "open") {
    return "awaiting_group"
  }
  if (o.payment_status && UNPAID.has(o.payment_status)) {
    return "awaiting_payment"
  }
  if (o.pickup) {
    return o.pickup.status === "collectable" && o.pickup.ready ? "ready_for_pickup" : "awaiting_pickup"
  }
  if (o.fulfillment_status && SHIPPED.has(o.fulfillment_status)) {
    return "shipped"
  }
  return "processing"
}
