import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderCommissionsWorkflow } from "../workflows/commission"
import { ordersOfPayment } from "../workflows/commission/utils/payment-orders"

/** A refund reverses the order's commission in proportion (cumulative; also after settlement). */
export default async function commissionPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  for (const order_id of await ordersOfPayment(container, event.data.id)) {
    await reverseOrderCommissionsWorkflow(container).run({ input: { order_id } })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "commission-payment-refunded" } }
