import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notifyCustomer } from "../lib/notify"
import { toMoneyNumber } from "../lib/money"
import { groupBuyService } from "../workflows/group-buy/utils/service"

type Member = {
  id: string
  customer_id: string
  order_id: string | null
  unit_price?: number | null
  quantity?: number
  currency_code?: string
}

type GroupBuyEvent = {
  id: string
  group_id?: string
  order_id?: string
  customer_id?: string
  member_ids?: string[]
  amount?: number
  currency_code?: string
  reason?: string
}

/**
 * Tells the customers concerned, through notifyCustomer (templates `group_buy.member_joined`,
 * `group_buy.succeeded`, `group_buy.failed`, `group_buy.member_refunded`): the joiner, every member of a
 * succeeded or failed group, the member who got money back. One notification per event and member
 * (idempotency key), so a replayed event sends nothing twice.
 */
export default async function groupBuyNotify({ event, container }: SubscriberArgs<GroupBuyEvent>) {
  const service = groupBuyService(container)
  const groupId = event.name === "group_buy.succeeded" || event.name === "group_buy.failed" ? event.data.id : event.data.group_id
  const group = groupId ? await service.groupRow(groupId) : null
  if (!group) {
    return
  }
  const [campaign] = await service.listGroupBuyCampaigns({ id: group.campaign_id }, { select: ["id", "title"] })
  // A joiner or a refunded member: the event names them; a group outcome: every member it lists.
  const forGroup = event.name === "group_buy.succeeded" || event.name === "group_buy.failed"
  const members: Member[] = forGroup
    ? (event.data.member_ids ?? []).length
      ? await service.listGroupBuyMembers(
          { id: event.data.member_ids },
          { select: ["id", "customer_id", "order_id", "unit_price", "quantity", "currency_code"] }
        )
      : []
    : [{ id: event.data.id, customer_id: event.data.customer_id!, order_id: event.data.order_id ?? null }]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = [...new Set(members.map((m) => m.customer_id))]
  const orderIds = members.map((m) => m.order_id).filter((id): id is string => !!id)
  const [{ data: customers }, { data: orders }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: customerIds } }),
    orderIds.length
      ? query.graph({ entity: "order", fields: ["id", "display_id", "payment_collections.amount"], filters: { id: orderIds } })
      : Promise.resolve({ data: [] as { id: string; display_id?: number | null; payment_collections?: { amount: unknown }[] }[] }),
  ])
  // What the customer paid (authorized or captured) for the whole order: shipping included, discounts taken off.
  // A failed group cancels the whole order, so this is what comes back (refunded, or the hold released).
  const paidOf = new Map(
    orders.map((o) => {
      const collections = ((o as { payment_collections?: ({ amount: unknown } | null)[] }).payment_collections ?? []).filter(
        (pc): pc is { amount: unknown } => !!pc
      )
      const paid = collections.length
        ? collections.reduce((sum, pc) => MathBN.add(sum, pc.amount as number), MathBN.convert(0))
        : null
      return [o.id as string, paid] as const
    })
  )
  const emailOf = new Map(customers.map((c) => [c.id as string, c.email as string | null | undefined] as const))
  const displayOf = new Map(orders.map((o) => [o.id as string, o.display_id as number | null | undefined] as const))
  const progress = group.kind === "team" ? group.confirmed_count : group.confirmed_quantity
  for (const m of members) {
    const to = emailOf.get(m.customer_id)
    if (!to) {
      continue
    }
    const refund =
      event.name === "group_buy.member_refunded"
        ? { amount: event.data.amount, currency_code: event.data.currency_code, reason: event.data.reason }
        : event.name === "group_buy.failed"
          ? {
              amount: toMoneyNumber(
                (m.order_id && paidOf.get(m.order_id)) || MathBN.mult(m.unit_price ?? 0, m.quantity ?? 1),
                m.currency_code ?? group.currency_code
              ),
              currency_code: m.currency_code ?? group.currency_code,
              reason: event.data.reason,
            }
          : {}
    await notifyCustomer(container, {
      to,
      template: event.name,
      customerId: m.customer_id,
      resourceType: "group_buy_group",
      resourceId: group.id,
      idempotencyKey: `${event.name}:${m.id}${event.name === "group_buy.member_refunded" ? `:${event.data.reason}` : ""}`,
      data: {
        group_id: group.id,
        campaign_id: group.campaign_id,
        campaign_title: campaign?.title,
        order_id: m.order_id,
        display_id: m.order_id ? displayOf.get(m.order_id) : undefined,
        member_count: progress,
        target_count: group.success_threshold,
        ...refund,
      },
    })
  }
}

export const config: SubscriberConfig = {
  event: ["group_buy.member_joined", "group_buy.succeeded", "group_buy.failed", "group_buy.member_refunded"],
  context: { subscriberId: "group-buy-notify" },
}
