import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { confirmGroupMemberWorkflow } from "../workflows/group-buy"
import { groupBuyService } from "../workflows/group-buy/utils/service"

/**
 * A placed order confirms the group member its cart reserved at completion. Plain orders cost two indexed
 * lookups (the order's cart, a pending member of that cart) and no workflow. Emits group_buy.member_joined,
 * and group_buy.succeeded when the group reached its first tier. The expiry job confirms any member this
 * missed (a crash between the order and this subscriber).
 */
export default async function groupBuyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id"], filters: { order_id: event.data.id } })
  const cartId = data[0]?.cart_id
  if (!cartId) {
    return
  }
  const [pending] = await groupBuyService(container).listGroupBuyMembers({ cart_id: cartId, status: "pending" }, { select: ["id"], take: 1 })
  if (!pending) {
    return
  }
  await confirmGroupMemberWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "group-buy-order-placed" } }
