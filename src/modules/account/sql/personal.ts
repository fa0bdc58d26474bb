import { generateEntityId } from "@medusajs/framework/utils"
import type { FavoriteRow, HistoryRow } from "../types"
import { type Db, lockKey, one, rows } from "./db"

/** Adds a favourite once: a repeat (or a concurrent twin) changes nothing. */
export async function addFavorite(knex: Db, customerId: string, productId: string, now: Date) {
  const row = await one<{ created_at: Date }>(
    knex,
    `INSERT INTO account_favorite (id, customer_id, product_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (customer_id, product_id) DO NOTHING
     RETURNING created_at`,
    [generateEntityId(undefined, "afav"), customerId, productId, now, now]
  )
  if (row) {
    return { created: true, created_at: row.created_at }
  }
  const existing = await one<{ created_at: Date }>(
    knex,
    "SELECT created_at FROM account_favorite WHERE customer_id = ? AND product_id = ?",
    [customerId, productId]
  )
  return { created: false, created_at: existing?.created_at ?? now }
}

export async function removeFavorite(knex: Db, customerId: string, productId: string): Promise<boolean> {
  const res = await knex.raw("DELETE FROM account_favorite WHERE customer_id = ? AND product_id = ?", [customerId, productId])
  return (res.rowCount ?? 0) > 0
}

export async function listFavorites(
  knex: Db,
  customerId: string,
  { offset, limit, productIds }: { offset: number; limit: number; productIds?: string[] }
): Promise<{ rows: FavoriteRow[]; count: number }> {
  const filter = productIds?.length ? "AND product_id = ANY(?)" : ""
  const args = productIds?.length ? [customerId, productIds] : [customerId]
  const [list, total] = await Promise.all([
    rows<FavoriteRow>(
      knex,
      `SELECT product_id, created_at FROM account_favorite WHERE customer_id = ? ${filter}
       ORDER BY created_at DESC, id DESC OFFSET ? LIMIT ?`,
      [...args, offset, limit]
    ),
    one<{ count: number }>(knex, `SELECT count(*)::int AS count FROM account_favorite WHERE customer_id = ? ${filter}`, args),
  ])
  return { rows: list, count: total?.count ?? 0 }
}

/**
 * Records a product view: the product's row moves to the top (`viewed_at`), and the customer's history is trimmed
 * to the newest `limit` products. Under a per-customer transaction lock, so concurrent views of one customer run
 * one after the other and the cap is exact.
 */
export async function recordView(knex: Db, customerId: string, productId: string, now: Date, limit: number) {
  await lockKey(knex, `account_browse:${customerId}`)
  await knex.raw(
    `INSERT INTO account_browse (id, customer_id, product_id, viewed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (customer_id, product_id) DO UPDATE SET viewed_at = GREATEST(account_browse.viewed_at, EXCLUDED.viewed_at),
       updated_at = EXCLUDED.updated_at`,
    [generateEntityId(undefined, "abrw"), customerId, productId, now, now, now]
  )
  const trimmed = await knex.raw(
    `DELETE FROM account_browse WHERE customer_id = ? AND id IN (
       SELECT id FROM account_browse WHERE customer_id = ? ORDER BY viewed_at DESC, id DESC OFFSET ?)`,
    [customerId, customerId, limit]
  )
  return { trimmed: trimmed.rowCount ?? 0 }
}

export async function listHistory(
  knex: Db,
  customerId: string,
  { offset, limit }: { offset: number; limit: number }
): Promise<{ rows: HistoryRow[]; count: number }> {
  const [list, total] = await Promise.all([
    rows<HistoryRow>(
      knex,
      `SELECT product_id, viewed_at FROM account_browse WHERE customer_id = ?
       ORDER BY viewed_at DESC, id DESC OFFSET ? LIMIT ?`,
      [customerId, offset, limit]
    ),
    one<{ count: number }>(knex, "SELECT count(*)::int AS count FROM account_browse WHERE customer_id = ?", [customerId]),
  ])
  return { rows: list, count: total?.count ?? 0 }
}

/** Removes one product from the history, or all of it (productId null). Returns how many rows went. */
export async function clearHistory(knex: Db, customerId: string, productId: string | null): Promise<number> {
  const res = productId
    ? await knex.raw("DELETE FROM account_browse WHERE customer_id = ? AND product_id = ?", [customerId, productId])
    : await knex.raw("DELETE FROM account_browse WHERE customer_id = ?", [customerId])
  return res.rowCount ?? 0
}

export async function personalCounts(knex: Db, customerId: string) {
  const row = await one<{ favorites: number; history: number }>(
    knex,
    `SELECT (SELECT count(*)::int FROM account_favorite WHERE customer_id = ?) AS favorites,
            (SELECT count(*)::int FROM account_browse WHERE customer_id = ?) AS history`,
    [customerId, customerId]
  )
  return { favorites: row?.favorites ?? 0, history: row?.history ?? 0 }
}
