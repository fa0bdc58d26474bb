import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { batchGroupOrdersWorkflow, recordPickupOrderWorkflow } from "../workflows/pickup"

type GroupEvent = {
  /** group id (succeeded/closed) or member id (member_joined) */
  id: string
  group_id?: string
  order_id?: string
  member_order_ids?: string[]
}

/**
 * Group-buy events, from the pickup side:
 * - group_buy.succeeded / group_buy.closed { id, kind, pickup_point_id?, member_order_ids }: the members'
 *   orders become collectable (codes issued) and a community group's orders join their point's delivery
 *   batch for the day after the cutoff;
 * - group_buy.member_joined { id, group_id, order_id }: a late joiner of a succeeded group likewise.
 * Every step is idempotent, so replays and overlapping events change nothing.
 */
export default async function pickupGroupBuy({ event, container }: SubscriberArgs<GroupEvent>) {
  const groupId = event.name === "group_buy.member_joined" ? event.data.group_id : event.data.id
  const orderIds =
    event.name === "group_buy.member_joined" ? [event.data.order_id] : (event.data.member_order_ids ?? [])
  const ids = orderIds.filter((id): id is string => !!id)
  for (const order_id of ids) {
    await recordPickupOrderWorkflow(container).run({ input: { order_id } })
  }
  if (groupId && ids.length) {
    await batchGroupOrdersWorkflow(container).run({ input: { group_id: groupId, order_ids: ids } })
  }
}

export const config: SubscriberConfig = {
  event: ["group_buy.succeeded", "group_buy.closed", "group_buy.member_joined"],
  context: { subscriberId: "pickup-group-buy" },
}
