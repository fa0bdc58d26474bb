import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { markOrderReceivedWorkflow } from "../workflows/commission"

/**
 * The order reached its customer: collected (`order.completed`, which pickup verification emits through
 * Medusa's completeOrderWorkflow) or delivered (`delivery.created` { id: fulfillment id }, once every item
 * is delivered). Its commission settles after the settlement delay.
 */
export default async function commissionOrderReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name !== "delivery.created") {
    await markOrderReceivedWorkflow(container).run({ input: { order_id: event.data.id } })
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_fulfillment",
    fields: ["order_id"],
    filters: { fulfillment_id: event.data.id },
  })
  for (const link of links) {
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "item_total", "items.quantity", "items.detail.delivered_quantity"],
      filters: { id: link.order_id },
    })
    const items = (order?.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
    const delivered = items.length > 0 && items.every((i) => MathBN.gte(i.detail?.delivered_quantity ?? 0, i.quantity ?? 0))
    if (delivered) {
      await markOrderReceivedWorkflow(container).run({ input: { order_id: link.order_id } })
    }
  }
}

export const config: SubscriberConfig = {
  event: ["order.completed", "delivery.created"],
  context: { subscriberId: "commission-order-received" },
}
