import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PICKUP_MODULE } from "../modules/pickup"
import type PickupModuleService from "../modules/pickup/service"

/** A canceled order can no longer be collected: its pickup code stops working. */
export default async function pickupOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  await service.cancelPickupOrders([event.data.id])
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "pickup-order-canceled" } }
