import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderStatus } from "../workflows/messaging/order-status"

/** Order placed, canceled, completed: the customer is told (templates order.placed, order.canceled, order.completed). */
export default async function messagingOrderStatus({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "order.placed") {
    await notifyOrderStatus(container, event.data.id, "order.placed")
  } else if (event.name === "order.canceled") {
    await notifyOrderStatus(container, event.data.id, "order.canceled")
  } else if (event.name === "order.completed") {
    await notifyOrderStatus(container, event.data.id, "order.completed")
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled", "order.completed"],
  context: { subscriberId: "messaging-order-status" },
}
