import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { rawBigNumber } from "./knex"

/**
 * Takes one unit of stock: increments claimed_count only while it is below total_stock. The UPDATE also
 * row-locks the template until the transaction ends, which serializes every claim of that template, so the
 * per-customer counts read next are exact.
 */
export async function takeStock(trx: Knex.Transaction, templateId: string): Promise<boolean> {
  const r = await trx.raw(
    `UPDATE coupon_template SET claimed_count = claimed_count + 1, updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND (total_stock IS NULL OR claimed_count < total_stock)
     RETURNING id`,
    [templateId]
  )
  return r.rows.length === 1
}

export async function templateExists(trx: Knex, templateId: string): Promise<boolean> {
  const r = await trx.raw(`SELECT 1 FROM coupon_template WHERE id = ? AND deleted_at IS NULL`, [templateId])
  return r.rows.length === 1
}

export async function countClaims(
  trx: Knex,
  templateId: string,
  customerId: string,
  day: string
): Promise<{ total: number; today: number }> {
  const r = await trx.raw(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE claim_day = ?)::int AS today
     FROM coupon_claim WHERE template_id = ? AND customer_id = ? AND deleted_at IS NULL`,
    [day, templateId, customerId]
  )
  return { total: r.rows[0].total, today: r.rows[0].today }
}

/** Claim counts of one customer for many templates (listings). */
export async function countClaimsByTemplate(
  knex: Knex,
  templateIds: string[],
  customerId: string,
  day: string
): Promise<Map<string, { total: number; today: number }>> {
  if (!templateIds.length) {
    return new Map()
  }
  const r = await knex.raw(
    `SELECT template_id, count(*)::int AS total, count(*) FILTER (WHERE claim_day = ?)::int AS today
     FROM coupon_claim WHERE template_id = ANY(?) AND customer_id = ? AND deleted_at IS NULL
     GROUP BY template_id`,
    [day, templateIds, customerId]
  )
  return new Map(r.rows.map((row: { template_id: string; total: number; today: number }) => [row.template_id, row]))
}

/** Undoes a claim: removes the row and gives the unit of stock back. */
export async function deleteClaim(trx: Knex.Transaction, claimId: string): Promise<boolean> {
  const r = await trx.raw(`DELETE FROM coupon_claim WHERE id = ? AND status = 'available' RETURNING template_id`, [claimId])
  if (!r.rows.length) {
    return false
  }
  await trx.raw(
    `UPDATE coupon_template SET claimed_count = claimed_count - 1, updated_at = now() WHERE id = ?`,
    [r.rows[0].template_id]
  )
  return true
}

export type ClaimUse = { claim_id: string; discount_total: string }

/**
 * Marks claims used by a cart, each only if still available and held by the customer (the conditional
 * update is what makes a coupon single-use under any concurrency). Claims this cart already used count as
 * done (a repeated completion). Returns the ids newly marked, or null if any claim was not available.
 */
export async function markUsed(
  trx: Knex.Transaction,
  cartId: string,
  customerId: string,
  uses: ClaimUse[],
  now: Date
): Promise<string[] | null> {
  const newly: string[] = []
  for (const use of uses) {
    const r = await trx.raw(
      `UPDATE coupon_claim SET status = 'used', used_at = ?, used_cart_id = ?, discount_total = ?,
         raw_discount_total = ?::jsonb, updated_at = now()
       WHERE id = ? AND customer_id = ? AND status = 'available' AND deleted_at IS NULL
       RETURNING template_id`,
      [now, cartId, use.discount_total, rawBigNumber(use.discount_total), use.claim_id, customerId]
    )
    if (r.rows.length) {
      newly.push(use.claim_id)
      await trx.raw(`UPDATE coupon_template SET used_count = used_count + 1, updated_at = now() WHERE id = ?`, [
        r.rows[0].template_id,
      ])
      continue
    }
    const same = await trx.raw(`SELECT 1 FROM coupon_claim WHERE id = ? AND status = 'used' AND used_cart_id = ?`, [
      use.claim_id,
      cartId,
    ])
    if (!same.rows.length) {
      return null
    }
  }
  return newly
}

/** Returns claims a cart used to the wallet (cart failed to complete, or its order was canceled). */
export async function releaseUsed(trx: Knex.Transaction, cartId: string, claimIds?: string[]): Promise<string[]> {
  const r = await trx.raw(
    `UPDATE coupon_claim SET status = 'available', used_at = NULL, used_cart_id = NULL, discount_total = NULL,
       raw_discount_total = NULL, updated_at = now()
     WHERE used_cart_id = ? AND status = 'used' AND deleted_at IS NULL ${claimIds ? "AND id = ANY(?)" : ""}
     RETURNING id, template_id`,
    claimIds ? [cartId, claimIds] : [cartId]
  )
  for (const row of r.rows as { template_id: string }[]) {
    await trx.raw(`UPDATE coupon_template SET used_count = used_count - 1, updated_at = now() WHERE id = ?`, [
      row.template_id,
    ])
  }
  return r.rows.map((row: { id: string }) => row.id)
}
