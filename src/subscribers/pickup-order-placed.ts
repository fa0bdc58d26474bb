import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPickupOrderWorkflow } from "../workflows/pickup"

/** A placed order collected at a pickup point: record it, issue its code when collectable, bind the customer. */
export default async function pickupOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPickupOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "pickup-order-placed" } }
