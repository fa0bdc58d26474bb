import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reverseOrderPointsWorkflow } from "../workflows/loyalty"

/** A refund on an order that earned points reverses them in proportion. */
export default async function loyaltyPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({ entity: "payment", fields: ["id", "payment_collection_id"], filters: { id: event.data.id } })
  if (!payment?.payment_collection_id) {
    return
  }
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  for (const link of links) {
    await reverseOrderPointsWorkflow(container).run({ input: { order_id: link.order_id } })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "loyalty-payment-refunded" } }
