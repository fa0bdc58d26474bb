import type { COMMISSION_KINDS, ENTRY_STATUSES, ENTRY_TYPES } from "./models/entry"
import type { RULE_SCOPES } from "./models/rule"
import type { WITHDRAWAL_STATUSES } from "./models/withdrawal"

export type CommissionKind = (typeof COMMISSION_KINDS)[number]
export type EntryType = (typeof ENTRY_TYPES)[number]
export type EntryStatus = (typeof ENTRY_STATUSES)[number]
export type RuleScope = (typeof RULE_SCOPES)[number]
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number]

/** A ledger row as the raw SQL reads return it (big numbers as decimal strings). */
export type EntryRow = {
  id: string
  beneficiary_id: string
  leader_id: string | null
  order_id: string
  line_item_id: string
  product_id: string | null
  customer_id: string | null
  kind: CommissionKind
  type: EntryType
  amount: string
  base_amount: string
  rate: string | null
  rule_id: string | null
  currency_code: string
  status: EntryStatus
  reverses_id: string | null
  reference: string | null
  available_at: Date | null
  created_at: Date
}

/** One planned accrual: what one beneficiary earns on one line for one kind. */
export type AccrualInput = {
  line_item_id: string
  product_id: string | null
  beneficiary_id: string
  leader_id: string | null
  kind: CommissionKind
  base_amount: string
  rate: string
  rule_id: string | null
  amount: string
}

export type AccrueOrderInput = {
  order_id: string
  customer_id: string | null
  currency_code: string
  /** Σ what was paid for the order's items (after discounts, without shipping). */
  items_total: string
  pickup_leader_id: string | null
  entries: AccrualInput[]
  /** Refunded on the order already, and whether it is canceled (events may arrive out of order). */
  refunded_amount: string
  canceled: boolean
  /** Set when the order was already collected/delivered. */
  received_at: Date | null
  now: Date
}

export type AccrueOrderResult = {
  created: boolean
  entries: EntryRow[]
  commission_total: string
  reversed?: ReverseOrderResult | null
}

export type ReverseOrderResult = {
  order_id: string
  reversed: string
  entries: EntryRow[]
  target_total: string
}

export type SettleOrderResult = {
  order_id: string
  settled: boolean
  /** Per beneficiary: the amount that became available. */
  amounts: { customer_id: string; amount: string }[]
}

export type CommissionSettingsValues = {
  settlement_delay_days: number
  withdrawal_min_amount: string
  withdrawal_fee_percent: string
  withdrawal_fee_fixed: string
}

export type AccountSummary = {
  customer_id: string
  currency_code: string
  pending: string
  available: string
  withdrawing: string
  withdrawn: string
}

export type WithdrawalRow = {
  id: string
  customer_id: string
  leader_id: string | null
  currency_code: string
  amount: string
  fee: string
  net_amount: string
  status: WithdrawalStatus
  payee: string | null
  reference: string | null
  rejection_reason: string | null
  requested_by: string
  decided_by: string | null
  decided_at: Date | null
  created_at: Date
}

export type RequestWithdrawalInput = {
  customer_id: string
  leader_id: string | null
  currency_code: string
  amount: string
  payee?: string | null
  requested_by: string
}

export type DecideWithdrawalInput = {
  id: string
  decision: "paid" | "rejected"
  reference?: string | null
  reason?: string | null
  decided_by: string
  now?: Date
}
