import type { AccountSummary, EntryRow, WithdrawalRow } from "../types"
import { type Db, one, rows } from "./db"
import { ENTRY_COLUMNS } from "./ledger"
import { WITHDRAWAL_COLUMNS } from "./withdrawals"

export type EntryFilters = {
  beneficiary_id?: string
  leader_id?: string
  order_id?: string
  kind?: string
  type?: string
  status?: string
  /** created_at range [from, to) */
  from?: Date
  to?: Date
}

function where(filters: EntryFilters): { sql: string; bindings: unknown[] } {
  const parts: string[] = ["deleted_at IS NULL"]
  const bindings: unknown[] = []
  const eq = (column: keyof EntryFilters & string) => {
    if (filters[column] !== undefined) {
      parts.push(`${column} = ?`)
      bindings.push(filters[column])
    }
  }
  ;(["beneficiary_id", "leader_id", "order_id", "kind", "type", "status"] as const).forEach(eq)
  if (filters.from) {
    parts.push("created_at >= ?")
    bindings.push(filters.from)
  }
  if (filters.to) {
    parts.push("created_at < ?")
    bindings.push(filters.to)
  }
  return { sql: parts.join(" AND "), bindings }
}

export async function listEntries(
  knex: Db,
  filters: EntryFilters,
  page: { offset: number; limit: number }
): Promise<{ entries: EntryRow[]; count: number }> {
  const w = where(filters)
  const entries = await rows<EntryRow>(
    knex,
    `SELECT ${ENTRY_COLUMNS} FROM commission_entry WHERE ${w.sql} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...w.bindings, page.limit, page.offset]
  )
  const total = await one<{ n: number }>(knex, `SELECT COUNT(*)::int AS n FROM commission_entry WHERE ${w.sql}`, w.bindings)
  return { entries, count: total?.n ?? 0 }
}

export async function accountSummaries(knex: Db, customerId: string): Promise<AccountSummary[]> {
  return rows<AccountSummary>(
    knex,
    `SELECT customer_id, currency_code, pending_amount::text AS pending, available_amount::text AS available,
       withdrawing_amount::text AS withdrawing, withdrawn_amount::text AS withdrawn
     FROM commission_account WHERE customer_id = ? ORDER BY currency_code`,
    [customerId]
  )
}

export type OrderEarnings = {
  order_id: string
  currency_code: string
  earned: string
  reversed: string
  net: string
  pending: string
  available: string
  kinds: string[]
  first_at: Date
}

/** One beneficiary's earnings per order, newest order first: earned, reversed, and where the net stands. */
export async function earningsByOrder(
  knex: Db,
  customerId: string,
  page: { offset: number; limit: number }
): Promise<{ orders: OrderEarnings[]; count: number }> {
  const orders = await rows<OrderEarnings>(
    knex,
    `SELECT order_id, currency_code,
       COALESCE(SUM(amount) FILTER (WHERE type = 'accrual'), 0)::text AS earned,
       COALESCE(-SUM(amount) FILTER (WHERE type = 'reversal'), 0)::text AS reversed,
       SUM(amount)::text AS net,
       COALESCE(SUM(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
       COALESCE(SUM(amount) FILTER (WHERE status = 'available'), 0)::text AS available,
       array_agg(DISTINCT kind::text) AS kinds,
       MIN(created_at) AS first_at
     FROM commission_entry WHERE beneficiary_id = ? AND deleted_at IS NULL
     GROUP BY order_id, currency_code ORDER BY MIN(created_at) DESC, order_id DESC LIMIT ? OFFSET ?`,
    [customerId, page.limit, page.offset]
  )
  const total = await one<{ n: number }>(
    knex,
    "SELECT COUNT(DISTINCT order_id)::int AS n FROM commission_entry WHERE beneficiary_id = ? AND deleted_at IS NULL",
    [customerId]
  )
  return { orders, count: total?.n ?? 0 }
}

export async function listWithdrawals(
  knex: Db,
  filters: { customer_id?: string; status?: string },
  page: { offset: number; limit: number }
): Promise<{ withdrawals: WithdrawalRow[]; count: number }> {
  const parts = ["deleted_at IS NULL"]
  const bindings: unknown[] = []
  if (filters.customer_id) {
    parts.push("customer_id = ?")
    bindings.push(filters.customer_id)
  }
  if (filters.status) {
    parts.push("status = ?")
    bindings.push(filters.status)
  }
  const w = parts.join(" AND ")
  // The queue: oldest requests first when filtered to `requested`, else newest first.
  const order = filters.status === "requested" ? "created_at ASC, id ASC" : "created_at DESC, id DESC"
  const withdrawals = await rows<WithdrawalRow>(
    knex,
    `SELECT ${WITHDRAWAL_COLUMNS} FROM commission_withdrawal WHERE ${w} ORDER BY ${order} LIMIT ? OFFSET ?`,
    [...bindings, page.limit, page.offset]
  )
  const total = await one<{ n: number }>(knex, `SELECT COUNT(*)::int AS n FROM commission_withdrawal WHERE ${w}`, bindings)
  return { withdrawals, count: total?.n ?? 0 }
}

export async function findWithdrawal(knex: Db, id: string): Promise<WithdrawalRow | undefined> {
  return one<WithdrawalRow>(knex, `SELECT ${WITHDRAWAL_COLUMNS} FROM commission_withdrawal WHERE id = ? AND deleted_at IS NULL`, [id])
}

export type SettledRow = {
  beneficiary_id: string
  leader_id: string | null
  currency_code: string
  settled: string
  reversed: string
  net: string
  orders: number
  entries: number
}

/**
 * What became available in [from, to), per beneficiary and currency: accruals settled in the period,
 * reversals of settled money booked in it (negative), their net, and how many orders and entries.
 */
export async function settledReport(knex: Db, from: Date, to: Date): Promise<SettledRow[]> {
  return rows<SettledRow>(
    knex,
    `SELECT beneficiary_id, MAX(leader_id) AS leader_id, currency_code,
       COALESCE(SUM(amount) FILTER (WHERE type = 'accrual'), 0)::text AS settled,
       COALESCE(-SUM(amount) FILTER (WHERE type = 'reversal'), 0)::text AS reversed,
       SUM(amount)::text AS net,
       COUNT(DISTINCT order_id)::int AS orders,
       COUNT(*)::int AS entries
     FROM commission_entry
     WHERE status = 'available' AND available_at >= ? AND available_at < ? AND deleted_at IS NULL
     GROUP BY beneficiary_id, currency_code ORDER BY MAX(leader_id) NULLS LAST, beneficiary_id, currency_code`,
    [from, to]
  )
}
