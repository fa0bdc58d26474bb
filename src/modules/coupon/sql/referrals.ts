import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** One lock for all bindings: binding is rare, and serializing it is what makes the cycle check exact. */
export async function lockReferralGraph(trx: Knex.Transaction): Promise<void> {
  await trx.raw(`SELECT pg_advisory_xact_lock(hashtext('coupon:referral-graph'))`)
}

/** Whether `candidate` is `start` or one of start's referrers, transitively (binding start→candidate would loop). */
export async function isInReferrerChain(knex: Knex, start: string, candidate: string): Promise<boolean> {
  const r = await knex.raw(
    `WITH RECURSIVE chain(customer_id, depth) AS (
       SELECT ?::text, 0
       UNION ALL
       SELECT r.referrer_id, c.depth + 1 FROM referral r
       JOIN chain c ON r.invitee_id = c.customer_id AND r.deleted_at IS NULL
       WHERE c.depth < 1000
     )
     SELECT 1 FROM chain WHERE customer_id = ? LIMIT 1`,
    [start, candidate]
  )
  return r.rows.length > 0
}

/** Up to `levels` referrers above a customer: [direct referrer, their referrer, …]. */
export async function referrerChain(knex: Knex, customerId: string, levels: number): Promise<string[]> {
  const r = await knex.raw(
    `WITH RECURSIVE chain(customer_id, depth) AS (
       SELECT ?::text, 0
       UNION ALL
       SELECT r.referrer_id, c.depth + 1 FROM referral r
       JOIN chain c ON r.invitee_id = c.customer_id AND r.deleted_at IS NULL
       WHERE c.depth < ?
     )
     SELECT customer_id FROM chain WHERE depth > 0 ORDER BY depth`,
    [customerId, levels]
  )
  return r.rows.map((row: { customer_id: string }) => row.customer_id)
}

/**
 * Marks the invitee's referral rewarded by this order, only if it was not rewarded yet: the single place
 * that decides "first completed order", exactly once whatever the concurrency.
 */
export async function markReferralRewarded(
  trx: Knex.Transaction,
  inviteeId: string,
  orderId: string,
  now: Date
): Promise<{ id: string; referrer_id: string; invitee_id: string } | null> {
  const r = await trx.raw(
    `UPDATE referral SET rewarded_order_id = ?, rewarded_at = ?, updated_at = now()
     WHERE invitee_id = ? AND rewarded_order_id IS NULL AND deleted_at IS NULL
     RETURNING id, referrer_id, invitee_id`,
    [orderId, now, inviteeId]
  )
  return r.rows[0] ?? null
}

export async function unmarkReferralRewarded(trx: Knex.Transaction, referralId: string, orderId: string): Promise<void> {
  await trx.raw(
    `UPDATE referral SET rewarded_order_id = NULL, rewarded_at = NULL, updated_at = now()
     WHERE id = ? AND rewarded_order_id = ?`,
    [referralId, orderId]
  )
}
