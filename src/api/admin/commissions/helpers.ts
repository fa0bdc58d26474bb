import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { toMoneyNumber } from "../../../lib/money"
import { addStoreDays, getStoreSettings, storeTime } from "../../../lib/store-settings"
import type { AccountSummary, CommissionSettingsValues, EntryRow, WithdrawalRow } from "../../../modules/commission/types"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"

/** Presenters shared by the operator, leader and Store routes of commissions (amounts as numbers). */

const num = (v: unknown) => (v === null || v === undefined ? null : MathBN.convert(v as string).toNumber())

export function presentEntry(e: EntryRow) {
  return {
    id: e.id,
    beneficiary_id: e.beneficiary_id,
    leader_id: e.leader_id,
    order_id: e.order_id,
    line_item_id: e.line_item_id,
    product_id: e.product_id,
    kind: e.kind,
    type: e.type,
    amount: toMoneyNumber(e.amount, e.currency_code),
    base_amount: toMoneyNumber(e.base_amount, e.currency_code),
    rate: num(e.rate),
    currency_code: e.currency_code,
    status: e.status,
    reverses_id: e.reverses_id,
    available_at: e.available_at,
    created_at: e.created_at,
  }
}

export function presentWithdrawal(w: WithdrawalRow) {
  return {
    id: w.id,
    customer_id: w.customer_id,
    leader_id: w.leader_id,
    currency_code: w.currency_code,
    amount: toMoneyNumber(w.amount, w.currency_code),
    fee: toMoneyNumber(w.fee, w.currency_code),
    net_amount: toMoneyNumber(w.net_amount, w.currency_code),
    status: w.status,
    payee: w.payee,
    reference: w.reference,
    rejection_reason: w.rejection_reason,
    decided_at: w.decided_at,
    created_at: w.created_at,
  }
}

export function presentBalance(a: AccountSummary) {
  return {
    currency_code: a.currency_code,
    pending: toMoneyNumber(a.pending, a.currency_code),
    available: toMoneyNumber(a.available, a.currency_code),
    withdrawing: toMoneyNumber(a.withdrawing, a.currency_code),
    withdrawn: toMoneyNumber(a.withdrawn, a.currency_code),
  }
}

/** Balances in every currency earned, and always one in the store currency (zeros when nothing yet). */
export function presentBalances(accounts: AccountSummary[]) {
  const currency = getStoreSettings().currencyCode
  const list = accounts.map(presentBalance)
  if (!list.some((b) => b.currency_code === currency)) {
    list.unshift({ currency_code: currency, pending: 0, available: 0, withdrawing: 0, withdrawn: 0 })
  }
  return list
}

export function presentSettings(s: CommissionSettingsValues) {
  return {
    settlement_delay_days: s.settlement_delay_days,
    withdrawal_min_amount: Number(s.withdrawal_min_amount),
    withdrawal_fee_percent: Number(s.withdrawal_fee_percent),
    withdrawal_fee_fixed: Number(s.withdrawal_fee_fixed),
  }
}

/** [from, to) instants of store days `from`..`to` (inclusive), in the store time zone. */
export function storeDayRange(from?: string, to?: string): { from?: Date; to?: Date } {
  return {
    from: from ? storeTime(from, "00:00") : undefined,
    to: to ? storeTime(addStoreDays(to, 1), "00:00") : undefined,
  }
}

/** Leaders by id and by customer id, for names in lists. */
export async function leadersByIds(container: MedusaContainer, ids: { leader_ids?: string[]; customer_ids?: string[] }) {
  const service: LeaderModuleService = container.resolve(LEADER_MODULE)
  const leaderIds = [...new Set((ids.leader_ids ?? []).filter(Boolean))]
  const customerIds = [...new Set((ids.customer_ids ?? []).filter(Boolean))]
  const found = [
    ...(leaderIds.length ? await service.listLeaders({ id: leaderIds }, { take: null }) : []),
    ...(customerIds.length ? await service.listLeaders({ customer_id: customerIds }, { take: null }) : []),
  ]
  return {
    byId: new Map(found.map((l) => [l.id, l])),
    byCustomer: new Map(found.map((l) => [l.customer_id, l])),
  }
}

/** Display names of beneficiaries: the leader's name when they are one, else the customer's name or e-mail. */
export async function beneficiaryNames(container: MedusaContainer, customerIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(customerIds.filter(Boolean))]
  const out = new Map<string, string>()
  if (!ids.length) return out
  const { byCustomer } = await leadersByIds(container, { customer_ids: ids })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: ids } })
  for (const c of data) {
    out.set(c.id, `${c.last_name ?? ""}${c.first_name ?? ""}`.trim() || c.email || c.id)
  }
  for (const [customerId, leader] of byCustomer) {
    out.set(customerId, leader.name)
  }
  return out
}

/** Order display ids by order id (for lists). */
export async function orderDisplayIds(container: MedusaContainer, orderIds: string[]): Promise<Map<string, number>> {
  const ids = [...new Set(orderIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: ids } })
  return new Map(data.map((o) => [o.id, Number(o.display_id)]))
}
