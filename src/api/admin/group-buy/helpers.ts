import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import { toMoneyNumber } from "../../../lib/money"
import type { GroupRow, MemberRow } from "../../../modules/group-buy/types"
import { money, presentTier, type CurrencyTier } from "../../../modules/group-buy/utils/present"
import { orderPaymentState } from "../../../workflows/group-buy/utils/payments"
import { groupBuyService } from "../../../workflows/group-buy/utils/service"

type CampaignLike = {
  id: string
  title: string
  description?: string | null
  kind: "team" | "community"
  status: "draft" | "active" | "ended"
  product_id: string
  variant_ids: string[]
  max_per_group: number
  group_lifetime_hours?: number | null
  cutoff_time?: string | null
  starts_at: Date | string
  ends_at: Date | string
  max_units_per_customer?: number | null
  max_joins_per_customer?: number | null
  stock_cap?: number | null
  sold_quantity: number
  auto_fill: boolean
  created_at: Date | string
}

/** Campaigns with tiers, group counts by status and their product (for the list, detail and product widget). */
export async function presentCampaigns(container: MedusaContainer, campaigns: CampaignLike[]) {
  const service = groupBuyService(container)
  const ids = campaigns.map((c) => c.id)
  const tiers = await service.tiersByCampaign(ids)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(campaigns.map((c) => c.product_id))]
  const [{ data: products }, groups] = await Promise.all([
    productIds.length
      ? query.graph({ entity: "product", fields: ["id", "title", "thumbnail"], filters: { id: productIds } })
      : Promise.resolve({ data: [] as { id: string; title: string; thumbnail?: string | null }[] }),
    ids.length ? service.listGroupBuyGroups({ campaign_id: ids }, { select: ["id", "campaign_id", "status"] }) : Promise.resolve([]),
  ])
  return campaigns.map((c) => {
    const product = products.find((p) => p.id === c.product_id)
    const mine = groups.filter((g) => g.campaign_id === c.id)
    const countOf = (s: string) => mine.filter((g) => g.status === s).length
    return {
      id: c.id,
      title: c.title,
      description: c.description ?? null,
      kind: c.kind,
      status: c.status,
      product_id: c.product_id,
      variant_ids: c.variant_ids,
      max_per_group: c.max_per_group,
      group_lifetime_hours: c.group_lifetime_hours ?? null,
      cutoff_time: c.cutoff_time ?? null,
      starts_at: new Date(c.starts_at),
      ends_at: new Date(c.ends_at),
      max_units_per_customer: c.max_units_per_customer ?? null,
      max_joins_per_customer: c.max_joins_per_customer ?? null,
      stock_cap: c.stock_cap ?? null,
      sold_quantity: c.sold_quantity,
      auto_fill: c.auto_fill,
      tiers: ((tiers.get(c.id) ?? []) as CurrencyTier[]).map(presentTier),
      group_counts: { open: countOf("open"), succeeded: countOf("succeeded"), closed: countOf("closed"), failed: countOf("failed") },
      product: product ? { id: product.id, title: product.title, thumbnail: product.thumbnail ?? null } : null,
      created_at: new Date(c.created_at),
    }
  })
}

export async function loadCampaign(container: MedusaContainer, id: string) {
  const [c] = await groupBuyService(container).listGroupBuyCampaigns({ id })
  if (!c) {
    throw notFound("campaign_not_found", `Group-buy campaign ${id} was not found`)
  }
  return (await presentCampaigns(container, [c as CampaignLike]))[0]
}

type GroupLike = Omit<GroupRow, "final_unit_price"> & { final_unit_price: unknown; created_at: Date | string }

export function presentAdminGroup(g: GroupLike, campaignTitle: string | null) {
  return {
    id: g.id,
    campaign_id: g.campaign_id,
    campaign_title: campaignTitle,
    kind: g.kind,
    status: g.status,
    currency_code: g.currency_code,
    initiator_customer_id: g.initiator_customer_id,
    pickup_point_id: g.pickup_point_id,
    leader_id: g.leader_id,
    cutoff_day: g.cutoff_day,
    capacity: g.capacity,
    success_threshold: g.success_threshold,
    member_count: g.member_count,
    quantity: g.quantity,
    confirmed_count: g.confirmed_count,
    confirmed_quantity: g.confirmed_quantity,
    current_tier_threshold: g.current_tier_threshold,
    expires_at: new Date(g.expires_at),
    succeeded_at: g.succeeded_at ? new Date(g.succeeded_at) : null,
    closed_at: g.closed_at ? new Date(g.closed_at) : null,
    failed_at: g.failed_at ? new Date(g.failed_at) : null,
    settled_at: g.settled_at ? new Date(g.settled_at) : null,
    auto_filled: g.auto_filled,
    final_unit_price: money(g.final_unit_price as string | null, g.currency_code),
    end_reason: g.end_reason,
    ended_by: g.ended_by,
    share_token: g.share_token,
    created_at: new Date(g.created_at),
  }
}

/** Members with their customer, order and payment state (payment read from the payment module). */
export async function presentMembers(container: MedusaContainer, members: MemberRow[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customerIds = [...new Set(members.map((m) => m.customer_id))]
  const orderIds = members.map((m) => m.order_id).filter((id): id is string => !!id)
  const [{ data: customers }, { data: orders }] = await Promise.all([
    customerIds.length
      ? query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: customerIds } })
      : Promise.resolve({ data: [] as { id: string; email?: string | null; first_name?: string | null; last_name?: string | null }[] }),
    orderIds.length
      ? query.graph({ entity: "order", fields: ["id", "display_id", "status"], filters: { id: orderIds } })
      : Promise.resolve({ data: [] as { id: string; display_id?: number | null; status?: string | null }[] }),
  ])
  return Promise.all(
    members.map(async (m) => {
      const c = customers.find((x) => x.id === m.customer_id)
      const o = m.order_id ? orders.find((x) => x.id === m.order_id) : undefined
      const payment = m.order_id ? await orderPaymentState(container, m.order_id).catch(() => null) : null
      const cur = m.currency_code
      return {
        id: m.id,
        customer: {
          id: m.customer_id,
          email: c?.email ?? null,
          name: c ? [c.last_name, c.first_name].filter(Boolean).join("") || null : null,
        },
        status: m.status,
        quantity: m.quantity,
        unit_price: toMoneyNumber(m.unit_price, cur),
        currency_code: cur,
        order_id: m.order_id,
        order_display_id: o?.display_id ?? null,
        order_status: o?.status ?? null,
        captured_at: m.captured_at ? new Date(m.captured_at) : null,
        protection_amount: money(m.protection_amount, cur),
        protection_refunded_at: m.protection_refunded_at ? new Date(m.protection_refunded_at) : null,
        refunded_amount: toMoneyNumber(m.refunded_amount ?? 0, cur),
        attempts: m.attempts,
        last_error: m.last_error,
        payment: payment
          ? {
              id: payment.payment_id,
              amount: toMoneyNumber(payment.amount, cur),
              captured_amount: toMoneyNumber(payment.captured_amount, cur),
              refunded_amount: toMoneyNumber(payment.refunded_amount, cur),
              captured: payment.captured,
              canceled: payment.canceled,
            }
          : null,
        created_at: new Date(m.created_at),
      }
    })
  )
}

export async function campaignTitle(container: MedusaContainer, campaignId: string): Promise<string | null> {
  const [c] = await groupBuyService(container).listGroupBuyCampaigns({ id: campaignId }, { select: ["id", "title"] })
  return c?.title ?? null
}

export { fulfillmentGate } from "../../../workflows/group-buy/utils/fulfillment"
