import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { fetchWithCode } from "../lib/api-error"
import { sdk } from "../lib/sdk"
import type { AdminPickupPoint, DeliveryBatchDetail, DeliveryBatchSummary, OpeningHours } from "./use-leaders"

/** What a logged-in leader uses: /admin/leader/* only (everything is filtered to their own point). */

export type LeaderMe = {
  leader: {
    id: string
    name: string
    phone: string | null
    community: string | null
    status: "active" | "suspended"
    share_code: string
    approved_at: string | null
  }
  pickup_point: AdminPickupPoint | null
  confined: boolean
}

export type PickupOrderStatus = "pending" | "collectable" | "picked_up" | "canceled"

export type LeaderPickupOrder = {
  id: string
  order_id: string
  status: PickupOrderStatus
  code_issued_at: string | null
  ready_at: string | null
  picked_up_at: string | null
  picked_up_by_kind: "leader" | "operator" | null
  canceled_at: string | null
  delivery_batch_id: string | null
  created_at: string
}

export type LeaderOrderSummary = {
  id: string
  display_id: number
  status: string
  created_at: string
  currency_code: string
  total: number
  items: { title: string; variant_title: string | null; sku: string | null; quantity: number }[]
  customer_name: string
  customer_phone: string | null
}

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

export const PORTAL_KEY = ["leader-portal"] as const

/** The logged-in leader (403 for anyone else: operators, suspended leaders). Cached for the session. */
export function useLeaderMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...PORTAL_KEY, "me"],
    queryFn: () => fetchWithCode<LeaderMe>("/admin/leader/me"),
    retry: false,
    staleTime: 60_000,
    ...options,
  })
}

export function useLeaderOrders(query: { status?: PickupOrderStatus; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...PORTAL_KEY, "orders", query],
    queryFn: () =>
      sdk.client.fetch<List<"orders", { pickup_order: LeaderPickupOrder; order: LeaderOrderSummary | null }>>(
        "/admin/leader/orders",
        { query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) }
      ),
  })
}

export function useLeaderBatches() {
  return useQuery({
    queryKey: [...PORTAL_KEY, "batches"],
    queryFn: () => sdk.client.fetch<List<"delivery_batches", DeliveryBatchSummary>>("/admin/leader/delivery-batches"),
  })
}

export function useLeaderBatch(id: string) {
  return useQuery({
    queryKey: [...PORTAL_KEY, "batch", id],
    queryFn: () => sdk.client.fetch<{ delivery_batch: DeliveryBatchDetail }>(`/admin/leader/delivery-batches/${id}`),
  })
}

export function useLeaderVerifications(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...PORTAL_KEY, "verifications", query],
    queryFn: () =>
      sdk.client.fetch<
        List<"verifications", { id: string; order_id: string | null; actor_kind: string; outcome: string; created_at: string }>
      >("/admin/leader/verifications", { query }),
  })
}

function usePortalMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: PORTAL_KEY }),
  })
}

export const useUpdateMyPoint = () =>
  usePortalMutation((body: { opening_hours?: OpeningHours; status?: "active" | "paused" }) =>
    fetchWithCode<{ pickup_point: AdminPickupPoint }>("/admin/leader/pickup-point", { method: "POST", body })
  )

/** Verifies a pickup code; errors keep their `code` (see ../lib/api-error) for a translated reason. */
export const useVerifyPickupCode = () =>
  usePortalMutation((code: string) =>
    fetchWithCode<{ pickup_order: LeaderPickupOrder; order: LeaderOrderSummary }>("/admin/leader/pickup-codes/verify", {
      method: "POST",
      body: { code },
    })
  )

export const useConfirmArrival = () =>
  usePortalMutation((id: string) =>
    fetchWithCode<{ delivery_batch: DeliveryBatchDetail }>(`/admin/leader/delivery-batches/${id}/arrive`, { method: "POST" })
  )
