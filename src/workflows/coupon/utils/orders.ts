import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The orders placed from these carts (Medusa's order ↔ cart link), by cart id. */
export async function orderIdsForCarts(container: MedusaContainer, cartIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(cartIds.filter(Boolean))]
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { cart_id: ids } })
  return new Map(data.map((row: { cart_id: string; order_id: string }) => [row.cart_id, row.order_id]))
}

/** The cart an order was placed from, or null. */
export async function cartIdForOrder(container: MedusaContainer, orderId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["cart_id", "order_id"], filters: { order_id: orderId } })
  return data[0]?.cart_id ?? null
}
