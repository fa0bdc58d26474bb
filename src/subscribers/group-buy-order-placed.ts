import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { confirmGroupMemberWorkflow } from "../workflows/group-buy"

/**
 * A placed order confirms the group member its cart reserved at completion (nothing for other orders: one
 * indexed lookup). Emits group_buy.member_joined, and group_buy.succeeded when the group reached its first
 * tier. The expiry job confirms any member this missed (a crash between the order and this subscriber).
 */
export default async function groupBuyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmGroupMemberWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "group-buy-order-placed" } }
