import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

/** Operator side of the leader domain: applications, leaders, pickup points, delivery batches. */

export type OpeningHours = Record<string, { open: string; close: string }[]>

export type AdminLeaderApplication = {
  id: string
  status: "applied" | "approved" | "rejected" | "withdrawn"
  name: string
  phone: string
  community: string
  id_number: string
  pickup_point: {
    name: string
    address: string
    latitude: number
    longitude: number
    opening_hours: OpeningHours
    photo_url: string | null
  }
  rejection_reason: string | null
  reviewed_at: string | null
  created_at: string
  customer_id: string
  customer: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
  reviewed_by: string | null
  leader_id: string | null
}

export type AdminLeader = {
  id: string
  customer_id: string
  user_id: string | null
  pickup_point_id: string | null
  status: "active" | "suspended"
  name: string
  phone: string | null
  community: string | null
  email: string | null
  share_code: string
  approved_at: string | null
  suspended_at: string | null
  suspension_reason: string | null
  pickup_point: { id: string; name: string; code: string | null; status: string } | null
  bound_customers?: number
}

export type PickupPointStatus = "active" | "paused" | "closed"

export type AdminPickupPoint = {
  id: string
  code: string | null
  name: string
  address: string
  district: string | null
  city: string | null
  latitude: number
  longitude: number
  radius_km: number
  opening_hours: OpeningHours
  daily_capacity: number
  status: PickupPointStatus
  leader_id: string | null
  contact_phone: string | null
  photo_url: string | null
  created_at: string
  updated_at: string
}

export type BatchStatus = "open" | "dispatched" | "arrived"

export type BatchPoint = {
  id: string
  code: string | null
  name: string
  address: string
  latitude: number
  longitude: number
  contact_phone: string | null
}

export type DeliveryBatchSummary = {
  id: string
  pickup_point_id: string
  delivery_date: string
  status: BatchStatus
  dispatched_at: string | null
  arrived_at: string | null
  pickup_point: BatchPoint | null
  order_count: number
}

export type DeliveryBatchDetail = DeliveryBatchSummary & {
  pick_list: { sku: string; title: string; variant_title: string | null; quantity: number; orders: number }[]
  orders: {
    order_id: string
    display_id: number | null
    status: string
    ready_at: string | null
    customer_name: string
    customer_phone: string | null
    items: { sku: string | null; title: string; quantity: number }[]
  }[]
}

export type RouteSheet = {
  delivery_date: string
  warehouse: { id: string; name: string; latitude: number; longitude: number } | null
  stops: (BatchPoint & { position: number; batch_id: string; status: string; order_count: number; leg_m: number; cumulative_m: number })[]
  total_m: number
}

export type BindingMode = "permanent" | "days" | "latest"
export type LeaderSettings = { binding_mode: BindingMode; binding_days: number | null }

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
type Query = Record<string, string | number | undefined>

/** Drops empty filters so they are not sent as `status=`. */
const clean = (query: Query) => Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ""))

export const LEADERS_KEY = ["leaders"] as const

export function useLeaderApplications(query: Query) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "applications", query],
    queryFn: () =>
      sdk.client.fetch<List<"leader_applications", AdminLeaderApplication>>("/admin/leader-applications", { query: clean(query) }),
  })
}

export function useLeaderApplication(id: string) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "application", id],
    queryFn: () => sdk.client.fetch<{ leader_application: AdminLeaderApplication }>(`/admin/leader-applications/${id}`),
  })
}

export function useLeaders(query: Query) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "list", query],
    queryFn: () => sdk.client.fetch<List<"leaders", AdminLeader>>("/admin/leaders", { query: clean(query) }),
  })
}

export function useLeader(id: string | null | undefined) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "one", id],
    queryFn: () => sdk.client.fetch<{ leader: AdminLeader }>(`/admin/leaders/${id}`),
    enabled: !!id,
  })
}

export function useLeaderSettings() {
  return useQuery({
    queryKey: [...LEADERS_KEY, "settings"],
    queryFn: () => sdk.client.fetch<{ leader_settings: LeaderSettings }>("/admin/leader-settings"),
  })
}

export function usePickupPoints(query: Query) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "points", query],
    queryFn: () => sdk.client.fetch<List<"pickup_points", AdminPickupPoint>>("/admin/pickup-points", { query: clean(query) }),
  })
}

export function useDeliveryBatches(query: Query) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "batches", query],
    queryFn: () =>
      sdk.client.fetch<List<"delivery_batches", DeliveryBatchSummary>>("/admin/delivery-batches", { query: clean(query) }),
  })
}

export function useDeliveryBatch(id: string) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "batch", id],
    queryFn: () => sdk.client.fetch<{ delivery_batch: DeliveryBatchDetail }>(`/admin/delivery-batches/${id}`),
  })
}

export function useRouteSheet(deliveryDate: string | undefined) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "route-sheet", deliveryDate],
    queryFn: () =>
      sdk.client.fetch<{ route_sheet: RouteSheet }>("/admin/delivery-batches/route-sheet", {
        query: { delivery_date: deliveryDate },
      }),
    enabled: !!deliveryDate,
  })
}

export type CustomerLeaderSummary = {
  binding: {
    leader: { id: string; name: string; status: "active" | "suspended" }
    source: "order" | "share_link"
    bound_at: string
    expires_at: string | null
  } | null
  leader: { id: string; status: "active" | "suspended"; pickup_point_id: string | null; suspension_reason: string | null } | null
  application: { id: string; status: string; created_at: string } | null
}

export function useCustomerLeader(customerId: string) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "customer", customerId],
    queryFn: () => sdk.client.fetch<CustomerLeaderSummary>(`/admin/customers/${customerId}/leader`),
  })
}

export type OrderPickup = {
  id: string
  order_id: string
  pickup_point_id: string
  status: "pending" | "collectable" | "picked_up" | "canceled"
  code_issued_at: string | null
  ready_at: string | null
  picked_up_at: string | null
  picked_up_by: string | null
  picked_up_by_kind: "leader" | "operator" | null
  canceled_at: string | null
  delivery_batch_id: string | null
  pickup_point: { id: string; name: string; code: string | null; address: string } | null
  verifications: { actor_id: string; actor_kind: "leader" | "operator"; outcome: string; created_at: string }[]
}

export function useOrderPickup(orderId: string) {
  return useQuery({
    queryKey: [...LEADERS_KEY, "order", orderId],
    queryFn: () => sdk.client.fetch<{ pickup: OrderPickup | null }>(`/admin/orders/${orderId}/pickup`),
  })
}

/** Every mutation refreshes every query of the domain (statuses and counts show up in several lists). */
function useLeadersMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: LEADERS_KEY }),
  })
}

export type ApproveBody = { pickup_point_id?: string; radius_km?: number; daily_capacity?: number; code?: string | null }

export const useApproveApplication = (id: string) =>
  useLeadersMutation((body: ApproveBody) =>
    sdk.client.fetch<{ leader: Record<string, unknown>; pickup_point: Record<string, unknown>; login: string }>(
      `/admin/leader-applications/${id}/approve`,
      { method: "POST", body }
    )
  )

export const useRejectApplication = (id: string) =>
  useLeadersMutation((body: { reason: string }) =>
    sdk.client.fetch<{ leader_application: AdminLeaderApplication }>(`/admin/leader-applications/${id}/reject`, {
      method: "POST",
      body,
    })
  )

export const useSuspendLeader = () =>
  useLeadersMutation(({ id, reason }: { id: string; reason: string }) =>
    sdk.client.fetch<{ leader: AdminLeader }>(`/admin/leaders/${id}/suspend`, { method: "POST", body: { reason } })
  )

export const useReinstateLeader = () =>
  useLeadersMutation((id: string) => sdk.client.fetch<{ leader: AdminLeader }>(`/admin/leaders/${id}/reinstate`, { method: "POST" }))

export const useUpdateLeaderSettings = () =>
  useLeadersMutation((body: LeaderSettings) =>
    sdk.client.fetch<{ leader_settings: LeaderSettings }>("/admin/leader-settings", { method: "POST", body })
  )

export const useSavePickupPoint = (id?: string) =>
  useLeadersMutation((body: Record<string, unknown>) =>
    sdk.client.fetch<{ pickup_point: AdminPickupPoint }>(id ? `/admin/pickup-points/${id}` : "/admin/pickup-points", {
      method: "POST",
      body,
    })
  )

export const useDeletePickupPoint = () =>
  useLeadersMutation((id: string) => sdk.client.fetch(`/admin/pickup-points/${id}`, { method: "DELETE" }))

export const useDispatchBatch = () =>
  useLeadersMutation((id: string) =>
    sdk.client.fetch<{ delivery_batch: DeliveryBatchDetail }>(`/admin/delivery-batches/${id}/dispatch`, { method: "POST" })
  )

/** A 403 from RBAC (or from the leader confinement): the page shows "no access" instead of an error. */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 403
}
