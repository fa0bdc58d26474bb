import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Group-buy facts the pickup domain needs, read through Query from the group-buy module (key `groupBuy`):
 * an order's group (by its member's `order_id`, or, right after checkout, by the order's cart) and a
 * group's status and cutoff. Without the group-buy module every order is a plain order.
 */
export type GroupInfo = {
  id: string
  kind: "team" | "community"
  status: "open" | "succeeded" | "closed" | "failed"
  expires_at: Date
  pickup_point_id: string | null
}

export const GROUP_BUY_MODULE_KEY = "groupBuy"

/** A group counts as succeeded once it reached its first tier (closed groups had succeeded before). */
export function groupSucceeded(group: Pick<GroupInfo, "status">): boolean {
  return group.status === "succeeded" || group.status === "closed"
}

const GROUP_FIELDS = ["id", "kind", "status", "expires_at", "pickup_point_id"]

function toGroupInfo(g: Record<string, any> | null | undefined): GroupInfo | null {
  return g ? { ...g, expires_at: new Date(g.expires_at) } as GroupInfo : null
}

export async function getGroup(container: MedusaContainer, groupId: string): Promise<GroupInfo | null> {
  if (!container.hasRegistration(GROUP_BUY_MODULE_KEY)) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "group_buy_group", fields: GROUP_FIELDS, filters: { id: groupId } })
  return toGroupInfo(data[0])
}

export async function getOrderGroup(container: MedusaContainer, orderId: string): Promise<GroupInfo | null> {
  return (await getOrderGroups(container, [orderId])).get(orderId) ?? null
}

/**
 * The groups of several orders in at most three queries (lists such as "my orders"): by member.order_id first,
 * then, for orders whose membership is not confirmed yet, by the orders' carts. Orders outside group buying are
 * absent from the map.
 */
export async function getOrderGroups(container: MedusaContainer, orderIds: string[]): Promise<Map<string, GroupInfo>> {
  const found = new Map<string, GroupInfo>()
  if (!orderIds.length || !container.hasRegistration(GROUP_BUY_MODULE_KEY)) return found
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const memberFields = GROUP_FIELDS.map((f) => `group.${f}`)
  const { data: byOrder } = await query.graph({
    entity: "group_buy_member",
    fields: ["id", "order_id", ...memberFields],
    filters: { order_id: orderIds },
  })
  for (const m of byOrder) {
    const g = toGroupInfo(m.group)
    if (g && m.order_id) found.set(m.order_id, g)
  }
  const missing = orderIds.filter((id) => !found.has(id))
  if (!missing.length) return found
  // Membership may be confirmed after order.placed subscribers start: find it by the order's cart.
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: missing } })
  const orderByCart = new Map<string, string>()
  for (const o of orders) {
    if (o?.cart?.id) orderByCart.set(o.cart.id, o.id)
  }
  if (!orderByCart.size) return found
  const { data: byCart } = await query.graph({
    entity: "group_buy_member",
    fields: ["id", "status", "cart_id", ...memberFields],
    filters: { cart_id: [...orderByCart.keys()] },
  })
  for (const m of byCart) {
    const orderId = orderByCart.get(m.cart_id)
    const g = m.status !== "canceled" ? toGroupInfo(m.group) : null
    if (orderId && g && !found.has(orderId)) found.set(orderId, g)
  }
  return found
}
