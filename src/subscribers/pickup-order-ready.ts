import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../lib/notify"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"

type OrderReady = { order_id: string; pickup_order_id: string; customer_id: string | null; pickup_point_id: string; batch_id: string }

/** The goods arrived at the point: tell the customer to come (template `pickup.order_ready`). Once per order. */
export default async function pickupOrderReady({ event, container }: SubscriberArgs<OrderReady>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "customer_id"],
    filters: { id: event.data.order_id },
  })
  const order = data[0]
  if (!order?.email) return
  const points: PickupModuleService = container.resolve(PICKUP_MODULE)
  const [point] = await points.listPickupPoints({ id: event.data.pickup_point_id }, { withDeleted: true })
  await notifyCustomer(container, {
    to: order.email,
    template: "pickup.order_ready",
    data: {
      order_id: order.id,
      display_id: order.display_id,
      pickup_point: point
        ? { id: point.id, name: point.name, address: point.address, opening_hours: point.opening_hours, contact_phone: point.contact_phone }
        : null,
    },
    idempotencyKey: `pickup.order_ready:${order.id}`,
    resourceType: "order",
    resourceId: order.id,
    customerId: order.customer_id ?? undefined,
  })
}

export const config: SubscriberConfig = { event: "pickup.order_ready", context: { subscriberId: "pickup-order-ready-notify" } }
