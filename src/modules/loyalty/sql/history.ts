import type { LedgerEntry } from "../types"
import { type Db, one, rows } from "./db"

/** A customer's ledger, newest first (the (customer_id, created_at) index), with the total count. */
export async function listEntries(
  knex: Db,
  customerId: string,
  { offset, limit, kinds }: { offset: number; limit: number; kinds?: string[] }
): Promise<{ entries: LedgerEntry[]; count: number }> {
  const kindFilter = kinds?.length ? `AND kind IN (${kinds.map(() => "?").join(", ")})` : ""
  const bindings = [customerId, ...(kinds ?? [])]
  const entries = await rows<LedgerEntry>(
    knex,
    `SELECT id, customer_id, delta, kind, reference, expires_at, order_id, note, created_by, metadata, created_at
     FROM loyalty_entry WHERE customer_id = ? ${kindFilter} AND deleted_at IS NULL
     ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...bindings, limit, offset]
  )
  const total = await one<{ count: string }>(
    knex,
    `SELECT COUNT(*) AS count FROM loyalty_entry WHERE customer_id = ? ${kindFilter} AND deleted_at IS NULL`,
    bindings
  )
  return { entries, count: Number(total?.count ?? 0) }
}

/** Entries written for one order (earned, redeemed, reversed, restored), oldest first. */
export async function entriesOfOrder(knex: Db, orderId: string, redemptionIds: string[]): Promise<LedgerEntry[]> {
  const byRedemption = redemptionIds.length
    ? `OR (metadata->>'redemption_id') IN (${redemptionIds.map(() => "?").join(", ")})`
    : ""
  return rows<LedgerEntry>(
    knex,
    `SELECT id, customer_id, delta, kind, reference, expires_at, order_id, note, created_by, metadata, created_at
     FROM loyalty_entry WHERE (order_id = ? ${byRedemption}) AND deleted_at IS NULL
     ORDER BY created_at ASC, id ASC`,
    [orderId, ...redemptionIds]
  )
}

export type CheckinDay = { day: string; streak: number; points: number }

/** The customer's check-ins between two store days (inclusive). */
export async function checkinsBetween(knex: Db, customerId: string, first: string, last: string): Promise<CheckinDay[]> {
  return rows<CheckinDay>(
    knex,
    `SELECT day, streak, points FROM loyalty_checkin
     WHERE customer_id = ? AND day >= ? AND day <= ? AND deleted_at IS NULL ORDER BY day`,
    [customerId, first, last]
  )
}

/** Customers with an account, after `after` in id order (the yearly review pages by this stable key). */
export async function accountsAfter(knex: Db, after: string | null, limit: number): Promise<string[]> {
  const found = await rows<{ customer_id: string }>(
    knex,
    `SELECT customer_id FROM loyalty_account WHERE deleted_at IS NULL ${after ? "AND customer_id > ?" : ""}
     ORDER BY customer_id LIMIT ?`,
    after ? [after, limit] : [limit]
  )
  return found.map((r) => r.customer_id)
}
