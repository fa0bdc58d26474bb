import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type LoyaltyTier = {
  id?: string
  code: string
  name: string
  name_en: string | null
  rank: number
  min_spend: number
  multiplier: number
  free_shipping_threshold: number | null
}

export type LoyaltySettings = {
  currency_code: string
  earn_points_per_unit: number
  redeem_points_per_unit: number
  redeem_max_share: number
  expiry_months: number
  expiring_soon_days: number
  checkin_rewards: number[]
  tier_basis: "lifetime" | "rolling_12_months"
  tier_review_date: string
  last_tier_review_year: number | null
}

export type LoyaltyEntry = {
  id: string
  delta: number
  kind: "earn_purchase" | "checkin" | "referral" | "redeem" | "expire" | "adjust" | "reversal"
  reference: string
  expires_at: string | null
  order_id: string | null
  note: string | null
  created_by: string | null
  created_at: string
}

export type CustomerLoyalty = {
  customer_id: string
  balance: number
  expiring_soon: { points: number; days: number; until: string }
  tier: LoyaltyTier | null
  next_tier: LoyaltyTier | null
  spend: number
  spend_to_next: number | null
  progress: number
  entries: LoyaltyEntry[]
  entry_count: number
}

export type OrderLoyalty = {
  order_id: string
  customer_id: string | null
  earned: {
    points: number
    reversed_points: number
    multiplier: number
    tier_code: string | null
    paid_amount: number
    refunded_amount: number
  } | null
  redeemed: { id: string; points: number; amount: number; status: string }[]
  entries: LoyaltyEntry[]
}

const KEY = ["loyalty"] as const

export function useLoyaltySettings() {
  return useQuery({
    queryKey: [...KEY, "settings"],
    queryFn: () => sdk.client.fetch<{ settings: LoyaltySettings; tiers: LoyaltyTier[] }>("/admin/loyalty/settings"),
  })
}

export function useCustomerLoyalty(customerId: string) {
  return useQuery({
    queryKey: [...KEY, "customer", customerId],
    queryFn: () => sdk.client.fetch<CustomerLoyalty>(`/admin/loyalty/customers/${customerId}`),
  })
}

export function useOrderLoyalty(orderId: string) {
  return useQuery({
    queryKey: [...KEY, "order", orderId],
    queryFn: () => sdk.client.fetch<OrderLoyalty>(`/admin/loyalty/orders/${orderId}`),
  })
}

function useLoyaltyMutation<T>(fn: (body: T) => Promise<unknown>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) })
}

export const useUpdateLoyaltySettings = () =>
  useLoyaltyMutation((body: Record<string, unknown>) => sdk.client.fetch("/admin/loyalty/settings", { method: "POST", body }))

export const useAdjustPoints = (customerId: string) =>
  useLoyaltyMutation((body: { points: number; reason: string }) =>
    sdk.client.fetch(`/admin/loyalty/customers/${customerId}/adjust`, { method: "POST", body })
  )

export { isForbidden } from "./use-coupons"
