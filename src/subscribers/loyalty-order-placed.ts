import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loyaltyService } from "../workflows/loyalty/utils/loyalty-service"

/**
 * Points debited at the cart's completion are tied to the order it became (admin widget, history), and
 * `points.redeemed` { customer_id, order_id, points, amount, currency_code } is emitted.
 */
export default async function loyaltyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: event.data.id } })
  const cartId = order?.cart?.id
  if (!cartId) {
    return
  }
  const service = loyaltyService(container)
  const debited = await service.listLoyaltyRedemptions({ cart_id: cartId, status: "debited", order_id: null })
  if (!debited.length) {
    return
  }
  await service.updateLoyaltyRedemptions(debited.map((r) => ({ id: r.id, order_id: order.id })))
  await container.resolve(Modules.EVENT_BUS).emit(
    debited.map((r) => ({
      name: "points.redeemed",
      data: { customer_id: r.customer_id, order_id: order.id, points: r.points, amount: Number(r.amount), currency_code: r.currency_code },
    }))
  )
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "loyalty-order-placed" } }
