import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { fulfillmentOrder, notifyOrderStatus } from "../workflows/messaging/order-status"

/**
 * A fulfillment was shipped or delivered: the customer is told (templates order.shipped, order.delivered),
 * once per fulfillment (an order may ship in several parcels). `no_notification` shipments stay silent.
 */
export default async function messagingOrderShipment({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  const found = await fulfillmentOrder(container, event.data.id)
  if (!found) {
    return
  }
  if (event.name === "shipment.created") {
    await notifyOrderStatus(container, found.order_id, "order.shipped", {
      key: event.data.id,
      data: { fulfillment_id: event.data.id, tracking_numbers: found.tracking_numbers },
    })
  } else if (event.name === "delivery.created") {
    await notifyOrderStatus(container, found.order_id, "order.delivered", { key: event.data.id, data: { fulfillment_id: event.data.id } })
  }
}

export const config: SubscriberConfig = {
  event: ["shipment.created", "delivery.created"],
  context: { subscriberId: "messaging-order-shipment" },
}
