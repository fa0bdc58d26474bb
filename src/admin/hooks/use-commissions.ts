import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { fetchWithCode } from "../lib/api-error"
import { sdk } from "../lib/sdk"
import { PORTAL_KEY } from "./use-leader-portal"

export { isForbidden } from "./use-coupons"

/** Shapes of the commission routes (see src/api/admin/commissions and src/api/admin/leader/commissions). */

export type CommissionKind = "pickup" | "referral_l1" | "referral_l2"
export type EntryStatus = "pending" | "available" | "reversed"
export type WithdrawalStatus = "requested" | "paid" | "rejected"
export type RuleScope = "default" | "category" | "product" | "leader"

export type CommissionEntry = {
  id: string
  beneficiary_id: string
  leader_id: string | null
  order_id: string
  line_item_id: string
  product_id: string | null
  kind: CommissionKind
  type: "accrual" | "reversal"
  amount: number
  base_amount: number
  rate: number | null
  currency_code: string
  status: EntryStatus
  reverses_id: string | null
  available_at: string | null
  created_at: string
  beneficiary_name?: string | null
}

export type CommissionRule = {
  id: string
  scope: RuleScope
  target_id: string | null
  target_name: string | null
  pickup_rate: number | null
  referral_l1_rate: number | null
  referral_l2_rate: number | null
  is_active: boolean
  note: string | null
  created_at: string
}

export type CommissionSettings = {
  settlement_delay_days: number
  withdrawal_min_amount: number
  withdrawal_fee_percent: number
  withdrawal_fee_fixed: number
}

export type Withdrawal = {
  id: string
  customer_id: string
  leader_id: string | null
  currency_code: string
  amount: number
  fee: number
  net_amount: number
  status: WithdrawalStatus
  payee: string | null
  reference: string | null
  rejection_reason: string | null
  decided_at: string | null
  created_at: string
  beneficiary_name?: string | null
}

export type Balance = { currency_code: string; pending: number; available: number; withdrawing: number; withdrawn: number }

export type OrderCommission = {
  order_id: string
  currency_code: string
  commission: {
    items_total: number
    commission_total: number
    reversed_total: number
    net_total: number
    refunded_amount: number
    accrued_at: string
    received_at: string | null
    settle_at: string | null
    settled_at: string | null
    canceled_at: string | null
  } | null
  entries: CommissionEntry[]
}

export type EarningsByOrder = {
  order_id: string
  display_id: number | null
  currency_code: string
  earned: number
  reversed: number
  net: number
  pending: number
  available: number
  kinds: CommissionKind[]
  first_at: string
}

export type DailyStats = {
  time_zone: string
  currency_code: string
  days: { day: string; orders: number; gmv: number }[]
  totals: { orders: number; gmv: number }
}

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }
const KEY = ["commissions"] as const
const clean = (q: Record<string, unknown>) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== ""))

// ---- Operators ---------------------------------------------------------------------------------------

export type LedgerQuery = {
  beneficiary_id?: string
  leader_id?: string
  order_id?: string
  kind?: CommissionKind
  type?: "accrual" | "reversal"
  status?: EntryStatus
  from?: string
  to?: string
  limit: number
  offset: number
}

export function useCommissionLedger(query: LedgerQuery) {
  return useQuery({
    queryKey: [...KEY, "entries", query],
    queryFn: () => sdk.client.fetch<List<"entries", CommissionEntry>>("/admin/commissions/entries", { query: clean(query) }),
  })
}

export function useCommissionRules() {
  return useQuery({
    queryKey: [...KEY, "rules"],
    queryFn: () => sdk.client.fetch<List<"rules", CommissionRule>>("/admin/commissions/rules", { query: { limit: 200 } }),
  })
}

export function useCommissionSettings() {
  return useQuery({
    queryKey: [...KEY, "settings"],
    queryFn: () => sdk.client.fetch<{ settings: CommissionSettings }>("/admin/commissions/settings"),
  })
}

export function useWithdrawalQueue(query: { status?: WithdrawalStatus; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEY, "withdrawals", query],
    queryFn: () => sdk.client.fetch<List<"withdrawals", Withdrawal>>("/admin/commissions/withdrawals", { query: clean(query) }),
  })
}

export function useOrderCommission(orderId: string) {
  return useQuery({
    queryKey: [...KEY, "order", orderId],
    queryFn: () => sdk.client.fetch<OrderCommission>(`/admin/commissions/orders/${orderId}`),
    retry: false,
  })
}

function useCommissionMutation<TBody, TResult>(fn: (body: TBody) => Promise<TResult>) {
  const client = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) })
}

export type RuleInput = Partial<Pick<CommissionRule, "pickup_rate" | "referral_l1_rate" | "referral_l2_rate" | "is_active" | "note">>

export const useCreateCommissionRule = () =>
  useCommissionMutation((body: RuleInput & { scope: RuleScope; target_id?: string | null }) =>
    fetchWithCode<{ rule: CommissionRule }>("/admin/commissions/rules", { method: "POST", body })
  )

export const useUpdateCommissionRule = () =>
  useCommissionMutation(({ id, ...body }: RuleInput & { id: string }) =>
    fetchWithCode<{ rule: CommissionRule }>(`/admin/commissions/rules/${id}`, { method: "POST", body })
  )

export const useDeleteCommissionRule = () =>
  useCommissionMutation((id: string) => sdk.client.fetch(`/admin/commissions/rules/${id}`, { method: "DELETE" }))

export const useUpdateCommissionSettings = () =>
  useCommissionMutation((body: Partial<CommissionSettings>) =>
    fetchWithCode<{ settings: CommissionSettings }>("/admin/commissions/settings", { method: "POST", body })
  )

export const useDecideWithdrawal = () =>
  useCommissionMutation(({ id, decision, text }: { id: string; decision: "approve" | "reject"; text: string }) =>
    fetchWithCode<{ withdrawal: Withdrawal }>(`/admin/commissions/withdrawals/${id}/${decision}`, {
      method: "POST",
      body: decision === "approve" ? { reference: text } : { reason: text },
    })
  )

// ---- The logged-in leader (/admin/leader/commissions/*: always their own) ---------------------------------

const LEADER_KEY = [...PORTAL_KEY, "commissions"] as const

export function useMyEarnings() {
  return useQuery({
    queryKey: [...LEADER_KEY, "summary"],
    queryFn: () => fetchWithCode<{ balances: Balance[]; settings: CommissionSettings }>("/admin/leader/commissions"),
  })
}

export function useMyEarningsByOrder(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...LEADER_KEY, "orders", query],
    queryFn: () => sdk.client.fetch<List<"orders", EarningsByOrder>>("/admin/leader/commissions/orders", { query }),
  })
}

export function useMyCommissionEntries(query: { order_id?: string; limit: number; offset: number }, enabled = true) {
  return useQuery({
    queryKey: [...LEADER_KEY, "entries", query],
    queryFn: () => sdk.client.fetch<List<"entries", CommissionEntry>>("/admin/leader/commissions/entries", { query: clean(query) }),
    enabled,
  })
}

export function useMyWithdrawals(query: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...LEADER_KEY, "withdrawals", query],
    queryFn: () => sdk.client.fetch<List<"withdrawals", Withdrawal>>("/admin/leader/commissions/withdrawals", { query }),
  })
}

export function useMyStats() {
  return useQuery({
    queryKey: [...LEADER_KEY, "stats"],
    queryFn: () => sdk.client.fetch<DailyStats>("/admin/leader/commissions/stats"),
  })
}

/** Requests a withdrawal; errors keep their `code` (insufficient_balance, withdrawal_below_minimum…). */
export function useRequestWithdrawal() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { amount: number; payee?: string }) =>
      fetchWithCode<{ withdrawal: Withdrawal }>("/admin/leader/commissions/withdrawals", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: LEADER_KEY }),
  })
}
