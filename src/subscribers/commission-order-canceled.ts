import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderCommissionsWorkflow } from "../workflows/commission"

/** A canceled order keeps none of its commission (reversed in full, also after settlement). */
export default async function commissionOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderCommissionsWorkflow(container).run({ input: { order_id: event.data.id, canceled: true } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "commission-order-canceled" } }
