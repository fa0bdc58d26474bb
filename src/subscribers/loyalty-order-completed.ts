import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { earnOrderPointsWorkflow } from "../workflows/loyalty"

/** A completed order (received, or picked up at its pickup point) earns its points. */
export default async function loyaltyOrderCompleted({ event, container }: SubscriberArgs<{ id: string }>) {
  await earnOrderPointsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.completed", context: { subscriberId: "loyalty-order-completed" } }
