import { generateEntityId } from "@medusajs/framework/utils"
import { conflict, invalid, refused } from "../../../lib/errors"
import type { ConsumedLots, CreditPointsInput, DebitPointsInput, LedgerEntry, LedgerResult } from "../types"
import { type Db, one, rows } from "./db"

/**
 * The points ledger in SQL. Every write runs in the caller's transaction and starts with lockAccount,
 * which serializes all writes of one customer; the account's cached balance changes in the same
 * transaction as the entry (and a CHECK keeps it from going negative).
 */

type AccountRow = { id: string; customer_id: string; balance: number; tier_id: string | null }

const ENTRY_COLUMNS =
  "id, customer_id, delta, kind, reference, expires_at, order_id, note, created_by, metadata, created_at"

export async function lockAccount(knex: Db, customerId: string): Promise<AccountRow> {
  await knex.raw("SET LOCAL lock_timeout = '10s'")
  const select = "SELECT id, customer_id, balance, tier_id FROM loyalty_account WHERE customer_id = ? FOR UPDATE"
  let account = await one<AccountRow>(knex, select, [customerId])
  if (!account) {
    await knex.raw(
      "INSERT INTO loyalty_account (id, customer_id, balance) VALUES (?, ?, 0) ON CONFLICT (customer_id) DO NOTHING",
      [generateEntityId(undefined, "lacct"), customerId]
    )
    account = await one<AccountRow>(knex, select, [customerId])
  }
  return account!
}

export async function findEntry(knex: Db, kind: string, reference: string) {
  return one<LedgerEntry>(
    knex,
    `SELECT ${ENTRY_COLUMNS} FROM loyalty_entry WHERE kind = ? AND reference = ?`,
    [kind, reference]
  )
}

async function insertEntry(
  knex: Db,
  e: Omit<CreditPointsInput, "points" | "now"> & { delta: number; expires_at: Date | null }
): Promise<LedgerEntry> {
  const entry = await one<LedgerEntry>(
    knex,
    `INSERT INTO loyalty_entry (id, customer_id, delta, kind, reference, expires_at, order_id, note, created_by, metadata)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, reference) DO NOTHING
     RETURNING ${ENTRY_COLUMNS}`,
    [
      generateEntityId(undefined, "lent"),
      e.customer_id,
      e.delta,
      e.kind,
      e.reference,
      e.expires_at,
      e.order_id ?? null,
      e.note ?? null,
      e.created_by ?? null,
      e.metadata ? JSON.stringify(e.metadata) : null,
    ]
  )
  if (!entry) {
    // Callers check for a replay under the account lock first; reaching this means another customer's
    // entry already holds this source key.
    throw conflict("ledger_reference_taken", `Ledger entry ${e.kind}/${e.reference} already exists`)
  }
  return entry
}

async function addBalance(knex: Db, accountId: string, delta: number): Promise<number> {
  const row = await one<{ balance: number }>(
    knex,
    "UPDATE loyalty_account SET balance = balance + ?, updated_at = now() WHERE id = ? RETURNING balance",
    [delta, accountId]
  )
  return row!.balance
}

function assertPoints(points: number) {
  if (!Number.isSafeInteger(points) || points <= 0) {
    throw invalid("invalid_points", `Points must be a positive whole number, got ${points}`)
  }
}

/** A replay of (kind, reference): the same customer gets the first entry back, anyone else a conflict. */
function replay(existing: LedgerEntry, customerId: string, balance: number): LedgerResult {
  if (existing.customer_id !== customerId) {
    throw conflict(
      "ledger_reference_taken",
      `Ledger entry ${existing.kind}/${existing.reference} belongs to another customer`
    )
  }
  return { entry: existing, created: false, balance }
}

export async function credit(
  knex: Db,
  input: CreditPointsInput & { expires_at: Date | null }
): Promise<LedgerResult> {
  assertPoints(input.points)
  const account = await lockAccount(knex, input.customer_id)
  const existing = await findEntry(knex, input.kind, input.reference)
  if (existing) {
    return replay(existing, input.customer_id, account.balance)
  }
  const entry = await insertEntry(knex, { ...input, delta: input.points })
  await knex.raw(
    "INSERT INTO loyalty_lot (id, customer_id, entry_id, points, remaining, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    [generateEntityId(undefined, "llot"), input.customer_id, entry.id, input.points, input.points, input.expires_at]
  )
  const balance = await addBalance(knex, account.id, input.points)
  return { entry, created: true, balance }
}

/**
 * Writes an `expire` entry for each expiry instant of the customer's lots that has passed, and empties
 * those lots. Called by the daily job and before every debit (so a debit never spends expired points).
 * The caller holds the account lock.
 */
export async function expireDue(knex: Db, account: AccountRow, now: Date): Promise<{ points: number; entries: number }> {
  const groups = await rows<{ expires_at: Date; points: string }>(
    knex,
    `SELECT expires_at, SUM(remaining) AS points FROM loyalty_lot
     WHERE customer_id = ? AND remaining > 0 AND expires_at <= ?
     GROUP BY expires_at ORDER BY expires_at`,
    [account.customer_id, now]
  )
  let total = 0
  for (const g of groups) {
    const points = Number(g.points)
    await insertEntry(knex, {
      customer_id: account.customer_id,
      delta: -points,
      kind: "expire",
      reference: `${account.customer_id}:${g.expires_at.toISOString()}`,
      expires_at: null,
      metadata: { lots_expired_at: g.expires_at.toISOString() },
    })
    await knex.raw(
      "UPDATE loyalty_lot SET remaining = 0, updated_at = now() WHERE customer_id = ? AND remaining > 0 AND expires_at = ?",
      [account.customer_id, g.expires_at]
    )
    total += points
  }
  if (total) {
    account.balance = await addBalance(knex, account.id, -total)
  }
  return { points: total, entries: groups.length }
}

/** Takes `points` from the customer's lots, earliest expiry first; returns what it took, by expiry. */
async function consumeLots(knex: Db, customerId: string, points: number): Promise<ConsumedLots> {
  const taken = new Map<string | null, number>()
  let left = points
  while (left > 0) {
    const lots = await rows<{ id: string; remaining: number; expires_at: Date | null }>(
      knex,
      `SELECT id, remaining, expires_at FROM loyalty_lot
       WHERE customer_id = ? AND remaining > 0
       ORDER BY expires_at ASC NULLS LAST, id ASC LIMIT 200`,
      [customerId]
    )
    if (!lots.length) {
      throw new Error(`loyalty: lots of ${customerId} hold fewer points than the balance`)
    }
    const updates: [string, number][] = []
    for (const lot of lots) {
      if (left === 0) break
      const take = Math.min(lot.remaining, left)
      updates.push([lot.id, take])
      left -= take
      const key = lot.expires_at ? lot.expires_at.toISOString() : null
      taken.set(key, (taken.get(key) ?? 0) + take)
    }
    await knex.raw(
      `UPDATE loyalty_lot AS l SET remaining = l.remaining - v.take, updated_at = now()
       FROM (VALUES ${updates.map(() => "(?, ?::int)").join(", ")}) AS v(id, take) WHERE l.id = v.id`,
      updates.flat()
    )
  }
  return [...taken.entries()].map(([expires_at, pts]) => ({ expires_at, points: pts }))
}

export async function debit(knex: Db, input: DebitPointsInput & { now: Date }): Promise<LedgerResult> {
  assertPoints(input.points)
  const account = await lockAccount(knex, input.customer_id)
  const existing = await findEntry(knex, input.kind, input.reference)
  if (existing) {
    return replay(existing, input.customer_id, account.balance)
  }
  await expireDue(knex, account, input.now)
  let points = input.points
  if (points > account.balance) {
    if (!input.allow_partial) {
      throw refused(
        "insufficient_points",
        `Customer ${input.customer_id} has ${account.balance} points, ${input.points} needed`
      )
    }
    points = account.balance
  }
  const shortfall = input.points - points
  if (points === 0) {
    return { entry: null, created: false, balance: account.balance, shortfall }
  }
  const consumed = await consumeLots(knex, input.customer_id, points)
  const entry = await insertEntry(knex, {
    ...input,
    delta: -points,
    expires_at: null,
    metadata: { ...(input.metadata ?? {}), consumed, ...(shortfall ? { shortfall } : {}) },
  })
  const balance = await addBalance(knex, account.id, -points)
  return { entry, created: true, balance, ...(shortfall ? { shortfall } : {}) }
}

/**
 * Gives back the points a debit took, with the expiry they had; points whose expiry has passed in the
 * meantime are forfeited (as when they would have expired unspent). Idempotent by (kind, reference).
 */
export async function restoreDebit(
  knex: Db,
  input: Omit<CreditPointsInput, "points" | "expires_at"> & { debit: LedgerEntry; now: Date }
): Promise<LedgerResult & { forfeited: number }> {
  const account = await lockAccount(knex, input.customer_id)
  const existing = await findEntry(knex, input.kind, input.reference)
  if (existing) {
    return { ...replay(existing, input.customer_id, account.balance), forfeited: 0 }
  }
  const consumed = ((input.debit.metadata?.consumed ?? []) as ConsumedLots).filter((c) => c.points > 0)
  const valid = consumed.filter((c) => c.expires_at === null || new Date(c.expires_at) > input.now)
  const points = valid.reduce((s, c) => s + c.points, 0)
  const forfeited = consumed.reduce((s, c) => s + c.points, 0) - points
  if (!points) {
    return { entry: null, created: false, balance: account.balance, forfeited }
  }
  const entry = await insertEntry(knex, {
    ...input,
    delta: points,
    expires_at: null,
    metadata: { ...(input.metadata ?? {}), reverses: input.debit.id, ...(forfeited ? { forfeited } : {}) },
  })
  for (const c of valid) {
    await knex.raw(
      "INSERT INTO loyalty_lot (id, customer_id, entry_id, points, remaining, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
      [generateEntityId(undefined, "llot"), input.customer_id, entry.id, c.points, c.points, c.expires_at]
    )
  }
  const balance = await addBalance(knex, account.id, points)
  return { entry, created: true, balance, forfeited }
}
