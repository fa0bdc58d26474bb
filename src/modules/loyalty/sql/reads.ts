import type { ExpiringSoon } from "../types"
import { type Db, one, rows } from "./db"

/**
 * Reads behind the Store API's balance and "expiring soon". Both are index lookups whatever the length of
 * the customer's history: the balance is the cached row minus lots that have expired but that the daily
 * job has not closed yet; expiring lots come from the partial index on open lots (customer_id, expires_at)
 * that carries `remaining`.
 */
export async function balanceOf(knex: Db, customerId: string, now: Date): Promise<number> {
  const row = await one<{ balance: number; due: string | null }>(
    knex,
    `SELECT a.balance,
       (SELECT SUM(l.remaining) FROM loyalty_lot l
         WHERE l.customer_id = a.customer_id AND l.remaining > 0 AND l.expires_at <= ?) AS due
     FROM loyalty_account a WHERE a.customer_id = ?`,
    [now, customerId]
  )
  if (!row) {
    return 0
  }
  return Math.max(0, row.balance - Number(row.due ?? 0))
}

export async function expiringSoon(knex: Db, customerId: string, now: Date, days: number): Promise<ExpiringSoon> {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)
  const lots = await rows<{ expires_at: Date; points: string }>(
    knex,
    `SELECT expires_at, SUM(remaining) AS points FROM loyalty_lot
     WHERE customer_id = ? AND remaining > 0 AND expires_at > ? AND expires_at <= ?
     GROUP BY expires_at ORDER BY expires_at`,
    [customerId, now, until]
  )
  const mapped = lots.map((l) => ({ expires_at: l.expires_at, points: Number(l.points) }))
  return { points: mapped.reduce((s, l) => s + l.points, 0), days, until, lots: mapped }
}

/** Customers with lots whose expiry has passed and that still hold points (the expiry job's work list). */
export async function customersWithDueLots(knex: Db, now: Date, limit: number): Promise<string[]> {
  const found = await rows<{ customer_id: string }>(
    knex,
    `SELECT DISTINCT customer_id FROM (
       SELECT customer_id FROM loyalty_lot WHERE remaining > 0 AND expires_at <= ? ORDER BY expires_at LIMIT ?
     ) due`,
    [now, limit * 50]
  )
  return found.slice(0, limit).map((r) => r.customer_id)
}

/** Paid spend of a customer's received orders, net of refunds, since `since` (null: lifetime). */
export async function spendOf(knex: Db, customerId: string, since: Date | null): Promise<string> {
  const row = await one<{ spend: string | null }>(
    knex,
    `SELECT SUM(paid_amount - refunded_amount) AS spend FROM loyalty_order
     WHERE customer_id = ? AND deleted_at IS NULL ${since ? "AND completed_at > ?" : ""}`,
    since ? [customerId, since] : [customerId]
  )
  return row?.spend ?? "0"
}
