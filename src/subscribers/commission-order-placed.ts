import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accrueOrderCommissionsWorkflow } from "../workflows/commission"

/**
 * A provider that captures at checkout (no `payment.captured` event: Medusa emits it only from its capture
 * workflow) leaves the order captured when it is placed: accrue then. An order that is only authorized is
 * skipped here (`not_captured`) and accrued on its `payment.captured`. Once per order either way.
 */
export default async function commissionOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await accrueOrderCommissionsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "commission-order-placed" } }
