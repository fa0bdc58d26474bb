import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accrueOrderCommissionsWorkflow } from "../workflows/commission"
import { ordersOfPayment } from "../workflows/commission/utils/payment-orders"

/** A captured payment: its order earns commission (pending), once per order. */
export default async function commissionPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  for (const order_id of await ordersOfPayment(container, event.data.id)) {
    await accrueOrderCommissionsWorkflow(container).run({ input: { order_id } })
  }
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "commission-payment-captured" } }
