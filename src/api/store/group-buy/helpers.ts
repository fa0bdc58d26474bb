import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { GroupRow } from "../../../modules/group-buy/types"
import { anonymizedName } from "../../../modules/group-buy/utils/display"
import { money, presentGroupSummary, presentTier, sharePath, type CurrencyTier } from "../../../modules/group-buy/utils/present"
import { groupBuyService } from "../../../workflows/group-buy/utils/service"

export const CAMPAIGN_FIELDS = [
  "id",
  "title",
  "description",
  "kind",
  "status",
  "starts_at",
  "ends_at",
  "variant_ids",
  "max_per_group",
  "group_lifetime_hours",
  "cutoff_time",
  "max_units_per_customer",
  "max_joins_per_customer",
  "stock_cap",
  "sold_quantity",
  "auto_fill",
  "product_id",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.variants.id",
  "product.variants.title",
  "product.variants.sku",
]

type CampaignRecord = {
  id: string
  title: string
  description?: string | null
  kind: "team" | "community"
  starts_at: string | Date
  ends_at: string | Date
  variant_ids: string[]
  max_per_group: number
  group_lifetime_hours?: number | null
  cutoff_time?: string | null
  max_units_per_customer?: number | null
  max_joins_per_customer?: number | null
  stock_cap?: number | null
  sold_quantity: number
  auto_fill: boolean
  product_id: string
  product?: {
    id: string
    title: string
    handle?: string | null
    thumbnail?: string | null
    variants?: ({ id: string; title?: string | null; sku?: string | null } | null)[] | null
  } | null
}

type Nearby = { latitude: number; longitude: number } | null

/**
 * Campaigns as the storefront shows them: product, the campaign's variants, tiers, stock left, and the groups
 * a customer can join now (team: any; community: at the points serving the given coordinates, none without).
 */
export async function presentCampaigns(
  container: MedusaContainer,
  campaigns: CampaignRecord[],
  { now, near, groupsPerCampaign }: { now: Date; near: Nearby; groupsPerCampaign: number }
) {
  const service = groupBuyService(container)
  const ids = campaigns.map((c) => c.id)
  const tiers = await service.tiersByCampaign(ids)
  const nearby =
    near && campaigns.some((c) => c.kind === "community")
      ? await container.resolve<PickupModuleService>(PICKUP_MODULE).searchNearby({ ...near, limit: 20 })
      : []
  const teamIds = campaigns.filter((c) => c.kind === "team").map((c) => c.id)
  const communityIds = campaigns.filter((c) => c.kind === "community").map((c) => c.id)
  const groups: GroupRow[] = groupsPerCampaign
    ? [
        ...(await service.joinableGroups({ campaign_ids: teamIds, now, per_campaign: groupsPerCampaign })),
        ...(nearby.length
          ? await service.joinableGroups({
              campaign_ids: communityIds,
              now,
              per_campaign: groupsPerCampaign,
              pickup_point_ids: nearby.map((p) => p.id),
            })
          : []),
      ]
    : []
  return campaigns.map((c) => {
    const own = (tiers.get(c.id) ?? []) as CurrencyTier[]
    const variants = (c.product?.variants ?? []).filter((v): v is NonNullable<typeof v> => !!v && c.variant_ids.includes(v.id))
    return {
      id: c.id,
      title: c.title,
      description: c.description ?? null,
      kind: c.kind,
      starts_at: new Date(c.starts_at),
      ends_at: new Date(c.ends_at),
      max_per_group: c.max_per_group,
      group_lifetime_hours: c.group_lifetime_hours ?? null,
      cutoff_time: c.cutoff_time ?? null,
      max_units_per_customer: c.max_units_per_customer ?? null,
      max_joins_per_customer: c.max_joins_per_customer ?? null,
      auto_fill: c.auto_fill,
      product: c.product
        ? { id: c.product.id, title: c.product.title, handle: c.product.handle ?? null, thumbnail: c.product.thumbnail ?? null }
        : null,
      variants: variants.map((v) => ({ id: v.id, title: v.title ?? null, sku: v.sku ?? null })),
      tiers: own.map(presentTier),
      stock: {
        cap: c.stock_cap ?? null,
        sold: c.sold_quantity,
        remaining: c.stock_cap == null ? null : Math.max(0, c.stock_cap - c.sold_quantity),
      },
      groups: groups.filter((g) => g.campaign_id === c.id).map((g) => presentGroupSummary(g, own, now)),
      ...(c.kind === "community" && near
        ? { pickup_points: nearby.map((p) => ({ id: p.id, name: p.name, distance_m: p.distance_m })) }
        : {}),
    }
  })
}

/** One group with its confirmed members (anonymised), tiers, campaign and share path. */
export async function presentGroupDetail(container: MedusaContainer, group: GroupRow, now: Date) {
  const service = groupBuyService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [campaign] = await service.listGroupBuyCampaigns({ id: group.campaign_id }, { select: ["id", "title", "kind", "product_id"] })
  const tiers = ((await service.tiersByCampaign([group.campaign_id])).get(group.campaign_id) ?? []) as CurrencyTier[]
  const members = await service.listGroupBuyMembers(
    { group_id: group.id, status: ["confirmed", "refunded", "canceled"] },
    { select: ["id", "customer_id", "quantity", "confirmed_at", "created_at", "status"], order: { confirmed_at: "ASC" } }
  )
  const customerIds = [...new Set([...members.map((m) => m.customer_id), group.initiator_customer_id].filter((x): x is string => !!x))]
  const { data: people } = customerIds.length
    ? await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: customerIds } })
    : { data: [] as { id: string; first_name?: string | null; last_name?: string | null; email?: string | null }[] }
  const byId = new Map(people.map((p) => [p.id as string, p] as const))
  const shown = group.status === "failed" ? members : members.filter((m) => m.status === "confirmed")
  return {
    ...presentGroupSummary(group, tiers, now),
    campaign: { id: campaign.id, title: campaign.title, kind: campaign.kind, product_id: campaign.product_id },
    initiator: group.initiator_customer_id
      ? { display_name: anonymizedName(byId.get(group.initiator_customer_id) ?? {}) }
      : null,
    members: shown.map((m) => ({
      display_name: anonymizedName(byId.get(m.customer_id) ?? {}),
      quantity: m.quantity,
      joined_at: new Date(m.confirmed_at ?? m.created_at),
    })),
    final_unit_price: money(group.final_unit_price, group.currency_code),
    share_path: sharePath(group.share_token),
  }
}

export async function loadGroup(container: MedusaContainer, id: string): Promise<GroupRow> {
  const group = await groupBuyService(container).groupRow(id)
  if (!group) {
    throw notFound("group_not_found", `Group ${id} was not found`)
  }
  return group
}
