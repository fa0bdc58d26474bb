import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

export type AdminTemplate = {
  id: string
  name_zh: string
  name_en: string
  description_zh: string | null
  description_en: string | null
  type: "fixed" | "percentage" | "threshold"
  value: number
  max_discount: number | null
  min_subtotal: number | null
  currency_code: string
  scope: "order" | "categories" | "products"
  scope_ids: string[]
  total_stock: number | null
  per_customer_limit: number
  per_customer_daily_limit: number | null
  audience: "everyone" | "new_customers" | "tiers" | "issued_only"
  audience_tiers: string[]
  starts_at: string | null
  ends_at: string | null
  validity_type: "fixed" | "relative"
  valid_from: string | null
  valid_until: string | null
  valid_days: number | null
  stackable: boolean
  issue_on_register: boolean
  status: "active" | "disabled"
  promotion_code: string | null
  cap_promotion_code: string | null
  counts: { claimed: number; used: number; remaining: number | null }
  window: { phase: "upcoming" | "live" | "ended"; starts_in_seconds: number | null; ends_in_seconds: number | null }
}

export type AdminCoupon = {
  id: string
  customer_id: string
  status: "available" | "used" | "expired" | "not_yet_valid"
  source: "claim" | "issue" | "register" | "referral"
  claimed_at: string | null
  expires_at: string | null
  order_id: string | null
  discount_total: number | null
  note?: string | null
  template: { id: string; name: string; currency_code: string } | null
}

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = ["coupons"] as const

export function useCouponTemplates(query: { limit: number; offset: number; q?: string }) {
  return useQuery({
    queryKey: [...KEY, "templates", query],
    queryFn: () => sdk.client.fetch<List<"templates", AdminTemplate>>("/admin/coupons/templates", { query }),
  })
}

export function useCouponTemplate(id: string) {
  return useQuery({
    queryKey: [...KEY, "template", id],
    queryFn: () => sdk.client.fetch<{ template: AdminTemplate }>(`/admin/coupons/templates/${id}`),
  })
}

export function useCouponClaims(query: Record<string, string | number | undefined>, enabled = true) {
  return useQuery({
    queryKey: [...KEY, "claims", query],
    queryFn: () => sdk.client.fetch<List<"coupons", AdminCoupon>>("/admin/coupons/claims", { query }),
    enabled,
  })
}

/** Every mutation refreshes every coupon query (counts change everywhere). */
function useCouponMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  })
}

export const useCreateTemplate = () =>
  useCouponMutation((body: Record<string, unknown>) =>
    sdk.client.fetch<{ template: AdminTemplate }>("/admin/coupons/templates", { method: "POST", body })
  )

export const useUpdateTemplate = (id: string) =>
  useCouponMutation((body: Record<string, unknown>) =>
    sdk.client.fetch<{ template: AdminTemplate }>(`/admin/coupons/templates/${id}`, { method: "POST", body })
  )

export const useDeleteTemplate = (id: string) =>
  useCouponMutation(() => sdk.client.fetch(`/admin/coupons/templates/${id}`, { method: "DELETE" }))

export const useIssueCoupon = (id: string) =>
  useCouponMutation((body: { customer_id: string; note?: string }) =>
    sdk.client.fetch<{ coupon: AdminCoupon }>(`/admin/coupons/templates/${id}/issue`, { method: "POST", body })
  )

export type ReferralSettings = {
  enabled: boolean
  referrer_reward_type: "none" | "points" | "coupon"
  referrer_points: number | null
  referrer_template_id: string | null
  invitee_reward_type: "none" | "points" | "coupon"
  invitee_points: number | null
  invitee_template_id: string | null
}

export function useReferralSettings() {
  return useQuery({
    queryKey: [...KEY, "referral-settings"],
    queryFn: () =>
      sdk.client.fetch<{ settings: ReferralSettings; loyalty_available: boolean }>("/admin/coupons/referral-settings"),
  })
}

export const useUpdateReferralSettings = () =>
  useCouponMutation((body: Partial<ReferralSettings>) =>
    sdk.client.fetch<{ settings: ReferralSettings }>("/admin/coupons/referral-settings", { method: "POST", body })
  )

export type AdminReferral = {
  id: string
  referrer_id: string
  invitee_id: string
  source: string
  created_at: string
  rewarded_order_id: string | null
  rewards: { id: string; beneficiary: string; kind: string; points: number | null; status: string; failure_reason: string | null }[]
}

export function useReferrals(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "referrals", query],
    queryFn: () => sdk.client.fetch<List<"referrals", AdminReferral>>("/admin/coupons/referrals", { query }),
  })
}

export type CustomerCouponSummary = {
  counts: { available: number; used: number; expired: number }
  coupons: AdminCoupon[]
  referral_code: string | null
  referrer: { id: string; email: string | null; name: string | null; since: string } | null
  invitees: { id: string; email: string | null; name: string | null; since: string; rewarded_order_id: string | null }[]
}

export function useCustomerCoupons(customerId: string) {
  return useQuery({
    queryKey: [...KEY, "customer", customerId],
    queryFn: () => sdk.client.fetch<CustomerCouponSummary>(`/admin/coupons/customers/${customerId}`),
  })
}

/** A 403 from RBAC: the page shows "no access" instead of an error. */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 403
}
