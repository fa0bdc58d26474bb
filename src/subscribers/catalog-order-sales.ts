import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { catalogService, recordOrderSales } from "../workflows/catalog/sales"

/** Best-selling and bought-together counters: a placed order counts once, a canceled one is taken back once. */
export default async function catalogOrderSales({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "order.placed") {
    await recordOrderSales(container, event.data.id)
  } else if (event.name === "order.canceled") {
    await catalogService(container).reverseOrderSales(event.data.id)
  }
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
  context: { subscriberId: "catalog-order-sales" },
}
