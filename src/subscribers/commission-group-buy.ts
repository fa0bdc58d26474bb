import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { accrueOrderCommissionsWorkflow } from "../workflows/commission"

type GroupEvent = { id: string; order_id?: string; member_order_ids?: string[] }

/**
 * Group-buy orders earn only once their group succeeded. Payments are normally captured at success (then
 * `payment.captured` accrues); orders a provider captured at checkout are accrued here when the group
 * succeeds, and a late joiner of a succeeded group on `member_joined`. Accrual is once per order.
 */
export default async function commissionGroupBuy({ event, container }: SubscriberArgs<GroupEvent>) {
  const ids = event.name === "group_buy.member_joined" ? [event.data.order_id] : event.data.member_order_ids ?? []
  for (const order_id of ids.filter((id): id is string => !!id)) {
    await accrueOrderCommissionsWorkflow(container).run({ input: { order_id } })
  }
}

export const config: SubscriberConfig = {
  event: ["group_buy.succeeded", "group_buy.member_joined"],
  context: { subscriberId: "commission-group-buy" },
}
