import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorCode, fetchWithCode } from "../lib/api-error"
import { sdk } from "../lib/sdk"

/**
 * Group buying in the dashboard: campaigns, groups and their members, through the Admin API under
 * /admin/group-buy (shapes: src/api/admin/group-buy/validators.ts, the response schemas).
 */

export type CampaignKind = "team" | "community"
export type CampaignStatus = "draft" | "active" | "ended"
export type GroupStatus = "open" | "succeeded" | "closed" | "failed"
export type MemberStatus = "pending" | "confirmed" | "refunded" | "canceled"

export type CampaignTier = { currency_code: string; threshold: number; price: number }

export type AdminCampaign = {
  id: string
  title: string
  description: string | null
  kind: CampaignKind
  status: CampaignStatus
  product_id: string
  variant_ids: string[]
  max_per_group: number
  group_lifetime_hours: number | null
  cutoff_time: string | null
  starts_at: string
  ends_at: string
  max_units_per_customer: number | null
  max_joins_per_customer: number | null
  stock_cap: number | null
  sold_quantity: number
  auto_fill: boolean
  tiers: CampaignTier[]
  group_counts: Record<GroupStatus, number>
  product: { id: string; title: string; thumbnail: string | null } | null
  created_at: string
}

export type AdminGroup = {
  id: string
  campaign_id: string
  campaign_title: string | null
  kind: CampaignKind
  status: GroupStatus
  currency_code: string
  initiator_customer_id: string | null
  pickup_point_id: string | null
  leader_id: string | null
  cutoff_day: string | null
  capacity: number
  success_threshold: number
  member_count: number
  quantity: number
  confirmed_count: number
  confirmed_quantity: number
  current_tier_threshold: number | null
  expires_at: string
  succeeded_at: string | null
  closed_at: string | null
  failed_at: string | null
  settled_at: string | null
  auto_filled: boolean
  final_unit_price: number | null
  end_reason: string | null
  ended_by: string | null
  share_token: string
  created_at: string
}

export type AdminMember = {
  id: string
  customer: { id: string; email: string | null; name: string | null }
  status: MemberStatus
  quantity: number
  unit_price: number
  currency_code: string
  order_id: string | null
  order_display_id: number | null
  order_status: string | null
  captured_at: string | null
  protection_amount: number | null
  protection_refunded_at: string | null
  refunded_amount: number
  attempts: number
  last_error: string | null
  payment: {
    id: string | null
    amount: number
    captured_amount: number
    refunded_amount: number
    captured: boolean
    canceled: boolean
  } | null
  created_at: string
}

export type OrderGroup = {
  group: AdminGroup | null
  member: AdminMember | null
  fulfillment: { allowed: boolean; code: string | null; reason: string | null }
}

export type Settlement = { refunds: number; captures: number; protections: number; member_errors: number }

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
type Query = Record<string, string | number | undefined>

export const GROUP_BUY_KEY = ["group-buy"] as const

/** Drops empty filters so that they are not sent (the routes' strict schemas refuse empty strings). */
const clean = (q: Query) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== ""))

export function useCampaigns(query: Query, enabled = true) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "campaigns", query],
    queryFn: () => sdk.client.fetch<List<"campaigns", AdminCampaign>>("/admin/group-buy/campaigns", { query: clean(query) }),
    enabled,
  })
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "campaign", id],
    queryFn: () => sdk.client.fetch<{ campaign: AdminCampaign }>(`/admin/group-buy/campaigns/${id}`),
    enabled: !!id,
  })
}

export function useGroups(query: Query) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "groups", query],
    queryFn: () => sdk.client.fetch<List<"groups", AdminGroup>>("/admin/group-buy/groups", { query: clean(query) }),
  })
}

export function useGroup(id: string | undefined) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "group", id],
    queryFn: () => sdk.client.fetch<{ group: AdminGroup; members: AdminMember[] }>(`/admin/group-buy/groups/${id}`),
    enabled: !!id,
  })
}

export function useProductCampaigns(productId: string) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "product", productId],
    queryFn: () => sdk.client.fetch<List<"campaigns", AdminCampaign>>(`/admin/group-buy/products/${productId}/campaigns`),
  })
}

export function useOrderGroup(orderId: string) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "order", orderId],
    queryFn: () => sdk.client.fetch<OrderGroup>(`/admin/group-buy/orders/${orderId}`),
  })
}

/** Pickup points for the groups filter and names (the pickup domain's list route). */
export function usePickupPointNames(enabled = true) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "pickup-points"],
    queryFn: () =>
      sdk.client.fetch<{ pickup_points: { id: string; name: string; code: string | null }[] }>("/admin/pickup-points", {
        query: { limit: 200, offset: 0 },
      }),
    enabled,
  })
}

/** The store's currencies, default first (the tiers editor offers them). */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "currencies"],
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{ stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[] }>(
        "/admin/stores"
      )
      const list = stores[0]?.supported_currencies ?? []
      return [...list].sort((a, b) => Number(!!b.is_default) - Number(!!a.is_default)).map((c) => c.currency_code)
    },
  })
}

export type ProductOption = { id: string; title: string; thumbnail: string | null }
export type ProductWithVariants = ProductOption & { variants: { id: string; title: string | null; sku: string | null }[] }

/** Products matching `q` for the campaign form's product picker (Medusa's own admin route). */
export function useProductSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "product-search", q],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductOption[] }>("/admin/products", {
        query: { ...(q ? { q } : {}), limit: 10, fields: "id,title,thumbnail" },
      }),
    enabled,
  })
}

export function useProductVariants(productId: string | undefined) {
  return useQuery({
    queryKey: [...GROUP_BUY_KEY, "product-variants", productId],
    queryFn: () =>
      sdk.client.fetch<{ product: ProductWithVariants }>(`/admin/products/${productId}`, {
        query: { fields: "id,title,thumbnail,variants.id,variants.title,variants.sku" },
      }),
    enabled: !!productId,
  })
}

/** Every mutation refreshes every group-buy query (counts and statuses change everywhere). */
function useGroupBuyMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: GROUP_BUY_KEY }),
  })
}

// Mutations keep the answer's error `code` (ApiError) so that refusals are shown translated.
export const useCreateCampaign = () =>
  useGroupBuyMutation((body: Record<string, unknown>) =>
    fetchWithCode<{ campaign: AdminCampaign }>("/admin/group-buy/campaigns", { method: "POST", body })
  )

export const useUpdateCampaign = (id: string) =>
  useGroupBuyMutation((body: Record<string, unknown>) =>
    fetchWithCode<{ campaign: AdminCampaign }>(`/admin/group-buy/campaigns/${id}`, { method: "POST", body })
  )

export const useSetCampaignStatus = (id: string) =>
  useGroupBuyMutation((action: "activate" | "end") =>
    fetchWithCode<{ campaign: AdminCampaign }>(`/admin/group-buy/campaigns/${id}/${action}`, { method: "POST", body: {} })
  )

export const useEndGroup = (id: string) =>
  useGroupBuyMutation(({ action, reason }: { action: "close-now" | "fail-now"; reason: string }) =>
    fetchWithCode<{ group: AdminGroup; settlement: Settlement }>(`/admin/group-buy/groups/${id}/${action}`, {
      method: "POST",
      body: { reason },
    })
  )

/** A 403 from RBAC (or the leader confinement): the page shows "no access" instead of an error. */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 403
}

/** A refusal in the operator's language when its code is known (`groupBuy.errors.<code>`), else the server's message. */
export function refusalText(t: (key: string, options?: Record<string, unknown>) => string, e: unknown): string {
  const code = errorCode(e)
  const message = (e as Error | null)?.message ?? ""
  return code ? t(`groupBuy.errors.${code}`, { defaultValue: message }) : message
}
