import type { CustomerTier, ExpiringSoon } from "../types"
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

type TierJson = {
  id: string
  code: string
  name: string
  name_en: string | null
  rank: number
  multiplier: number | string
  min_spend: number | string
  free_shipping_threshold: number | string | null
  customer_group_id: string | null
  promotion_id: string | null
}

/**
 * The Store API's balance request in ONE round trip: the cached balance minus lots past their expiry that
 * the daily job has not closed yet, the open lots expiring in (now, now + expiring_soon_days] by expiry,
 * and the tier (the account's, else the entry tier), all index lookups on the customer's open lots.
 */
export async function pointsSummary(
  knex: Db,
  customerId: string,
  now: Date,
  defaultDays: number
): Promise<{ balance: number; expiring_soon: ExpiringSoon; tier: CustomerTier | null }> {
  const row = await one<{
    days: number
    until: Date
    balance: number | null
    due: string | null
    lots: { expires_at: string; points: number }[]
    tier: TierJson | null
    tier_since: Date | null
  }>(
    knex,
    `WITH s AS (
       SELECT d.days, ?::timestamptz + make_interval(days => d.days) AS until
       FROM (SELECT COALESCE((SELECT expiring_soon_days FROM loyalty_settings WHERE key = 'default' AND deleted_at IS NULL), ?) AS days) d
     ), a AS (
       SELECT balance, tier_id, tier_since FROM loyalty_account WHERE customer_id = ?
     )
     SELECT s.days, s.until,
       (SELECT balance FROM a) AS balance,
       (SELECT SUM(l.remaining) FROM loyalty_lot l
         WHERE l.customer_id = ? AND l.remaining > 0 AND l.expires_at <= ?) AS due,
       (SELECT COALESCE(json_agg(json_build_object('expires_at', g.expires_at, 'points', g.points) ORDER BY g.expires_at), '[]'::json)
          FROM (SELECT l.expires_at, SUM(l.remaining)::int AS points FROM loyalty_lot l
                WHERE l.customer_id = ? AND l.remaining > 0 AND l.expires_at > ? AND l.expires_at <= s.until
                GROUP BY l.expires_at) g) AS lots,
       COALESCE(
         (SELECT row_to_json(t) FROM loyalty_tier t WHERE t.id = (SELECT tier_id FROM a) AND t.deleted_at IS NULL),
         (SELECT row_to_json(t) FROM loyalty_tier t WHERE t.deleted_at IS NULL AND t.min_spend <= 0 ORDER BY t.rank DESC LIMIT 1)
       ) AS tier,
       (SELECT tier_since FROM a WHERE tier_id IS NOT NULL) AS tier_since
     FROM s`,
    [now, defaultDays, customerId, customerId, now, customerId, now]
  )
  const lots = (row?.lots ?? []).map((l) => ({ expires_at: new Date(l.expires_at), points: Number(l.points) }))
  const t = row?.tier
  return {
    balance: row?.balance ? Math.max(0, row.balance - Number(row.due ?? 0)) : 0,
    expiring_soon: { points: lots.reduce((sum, l) => sum + l.points, 0), days: row!.days, until: new Date(row!.until), lots },
    tier: t
      ? {
          id: t.id,
          code: t.code,
          name: t.name,
          name_en: t.name_en,
          rank: t.rank,
          multiplier: Number(t.multiplier),
          min_spend: Number(t.min_spend),
          free_shipping_threshold: t.free_shipping_threshold === null ? null : Number(t.free_shipping_threshold),
          customer_group_id: t.customer_group_id,
          promotion_id: t.promotion_id,
          since: row?.tier_since ?? null,
        }
      : null,
  }
}
