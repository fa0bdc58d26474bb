import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MathBN } from "@medusajs/framework/utils"
import type { GroupRow, MemberRow } from "../types"
import { protectionRefund, unitPriceAt } from "../utils/tiers"
import { NothingToDo, one, raw, rows, type Db } from "./db"
import { campaignTiers } from "./slots"

/**
 * Group state transitions and the expiry job's bookkeeping. Every transition is one conditional UPDATE on
 * the group row (`WHERE status = 'open' AND …`), so two workers can never both make it; no transition
 * happens while a member is pending (a checkout in flight: member_count > confirmed_count), so the outcome
 * counts every payer who reserved before expiry.
 */

const CONFIRMED_SLOTS = `(CASE WHEN kind = 'team' THEN confirmed_count ELSE confirmed_quantity END)`
const SLOTS = `(CASE WHEN kind = 'team' THEN member_count ELSE quantity END)`

/** open → failed. The job passes its `now` (the group must be due); an operator forces it (pending allowed). */
export async function failGroup(
  trx: Knex.Transaction,
  input: { group_id: string; now: Date; reason: string; ended_by?: string | null; force?: boolean }
): Promise<GroupRow | null> {
  return (
    (await one<GroupRow>(
      trx,
      `UPDATE group_buy_group SET status = 'failed', failed_at = ?, end_reason = ?, ended_by = ?, updated_at = now()
        WHERE id = ? AND deleted_at IS NULL
          AND (status = 'open' OR (? AND status = 'succeeded'))
          AND (? OR (expires_at <= ? AND member_count = confirmed_count))
        RETURNING *`,
      [input.now, input.reason, input.ended_by ?? null, input.group_id, !!input.force, !!input.force, input.now]
    )) ?? null
  )
}

/** open → succeeded by auto-fill (模拟成团): due, nothing pending, at most one member (team) or unit short. */
export async function autoFillGroup(trx: Knex.Transaction, input: { group_id: string; now: Date }): Promise<GroupRow | null> {
  return (
    (await one<GroupRow>(
      trx,
      `UPDATE group_buy_group g SET status = 'succeeded', succeeded_at = ?, auto_filled = true, updated_at = now()
        FROM group_buy_campaign c
        WHERE g.id = ? AND g.deleted_at IS NULL AND g.status = 'open' AND g.expires_at <= ?
          AND g.member_count = g.confirmed_count AND g.confirmed_count >= 1
          AND c.id = g.campaign_id AND c.auto_fill
          AND (CASE WHEN g.kind = 'team' THEN g.confirmed_count ELSE g.confirmed_quantity END) >= g.success_threshold - 1
        RETURNING g.*`,
      [input.now, input.group_id, input.now]
    )) ?? null
  )
}

/**
 * succeeded → closed: fixes the final tier price (the first tier's for an auto-filled group) and every
 * confirmed member's price protection `(paid − final) × quantity`, in the same transaction. Due when it
 * expired or is full; an operator forces it. Never while a member is pending.
 */
export async function closeGroup(
  trx: Knex.Transaction,
  input: { group_id: string; now: Date; reason?: string | null; ended_by?: string | null; force?: boolean }
): Promise<GroupRow | null> {
  const g = await one<GroupRow>(
    trx,
    `SELECT * FROM group_buy_group WHERE id = ? AND deleted_at IS NULL AND status = 'succeeded'
        AND member_count = confirmed_count
        AND (? OR expires_at <= ? OR ${SLOTS} >= capacity)
      FOR UPDATE`,
    [input.group_id, !!input.force, input.now]
  )
  if (!g) {
    return null
  }
  const tiers = await campaignTiers(trx, g.campaign_id, g.currency_code)
  const confirmed = g.kind === "team" ? g.confirmed_count : g.confirmed_quantity
  const final = MathBN.convert(g.auto_filled ? unitPriceAt(tiers, 0) : unitPriceAt(tiers, confirmed)).toString()
  const reason = input.reason ?? (g.kind === "team" ? (g.member_count >= g.capacity ? "full" : "expired") : g.quantity >= g.capacity ? "full" : "expired")
  const closed = (await one<GroupRow>(
    trx,
    `UPDATE group_buy_group SET status = 'closed', closed_at = ?, final_unit_price = ?, raw_final_unit_price = ?::jsonb,
        end_reason = ?, ended_by = ?, updated_at = now()
      WHERE id = ? AND status = 'succeeded' RETURNING *`,
    [input.now, final, raw(final), reason, input.ended_by ?? null, g.id]
  ))!
  const members = await rows<MemberRow>(
    trx,
    `SELECT id, quantity, unit_price::text AS unit_price, currency_code FROM group_buy_member
      WHERE group_id = ? AND status = 'confirmed' AND deleted_at IS NULL`,
    [g.id]
  )
  for (const m of members) {
    const due = MathBN.convert(protectionRefund(m.unit_price, final, m.quantity, m.currency_code))
    if (due.gt(0)) {
      await trx.raw(
        `UPDATE group_buy_member SET protection_amount = ?, raw_protection_amount = ?::jsonb, updated_at = now() WHERE id = ?`,
        [due.toString(), raw(due.toString()), m.id]
      )
    }
  }
  return closed
}

/**
 * Claims up to `limit` groups the job has work on, after `afterId` in id order, for `leaseSeconds` (wall
 * clock, so a crashed worker's claim lapses): open groups past expires_at, succeeded groups that expired or
 * are full, and closed/failed groups not settled yet. `FOR UPDATE SKIP LOCKED` plus the lease keep two
 * overlapping ticks on disjoint groups.
 */
export async function claimDueGroups(
  trx: Knex.Transaction,
  input: { now: Date; after_id: string; limit: number; owner: string; lease_seconds: number }
): Promise<GroupRow[]> {
  const claimed = await rows<GroupRow>(
    trx,
    `UPDATE group_buy_group g SET lease_owner = ?, lease_until = clock_timestamp() + make_interval(secs => ?)
      WHERE g.id IN (
        SELECT id FROM group_buy_group
         WHERE deleted_at IS NULL AND id > ?
           AND (status IN ('open', 'succeeded') OR settled_at IS NULL)
           AND (lease_until IS NULL OR lease_until < clock_timestamp())
           AND ((status = 'open' AND expires_at <= ?)
             OR (status = 'succeeded' AND (expires_at <= ? OR ${SLOTS} >= capacity))
             OR (status IN ('closed', 'failed') AND settled_at IS NULL))
         ORDER BY id
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
      RETURNING g.*`,
    [input.owner, input.lease_seconds, input.after_id, input.now, input.now, input.limit]
  )
  return claimed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export async function releaseGroupLease(db: Db, groupId: string, owner: string) {
  await db.raw(`UPDATE group_buy_group SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?`, [
    groupId,
    owner,
  ])
}

/** Marks a closed or failed group settled when none of its members has money left to move. */
export async function settleGroupIfDone(trx: Knex.Transaction, groupId: string, now: Date): Promise<boolean> {
  const r = await one(
    trx,
    `UPDATE group_buy_group g SET settled_at = ?, updated_at = now()
      WHERE g.id = ? AND g.status IN ('closed', 'failed') AND g.settled_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM group_buy_member m WHERE m.group_id = g.id AND m.deleted_at IS NULL
            AND (m.status = 'pending'
              OR (g.status = 'failed' AND m.status = 'confirmed')
              OR (g.status = 'closed' AND m.status = 'confirmed'
                  AND (m.captured_at IS NULL OR (m.protection_amount > 0 AND m.protection_refunded_at IS NULL)))))
      RETURNING g.id`,
    [now, groupId]
  )
  return !!r
}

/** A short lease on one member's money, so two workers never capture or refund it at the same time. */
export async function leaseMember(db: Db, memberId: string, seconds: number): Promise<boolean> {
  const r = await one(
    db,
    `UPDATE group_buy_member SET lease_until = clock_timestamp() + make_interval(secs => ?)
      WHERE id = ? AND (lease_until IS NULL OR lease_until < clock_timestamp()) RETURNING id`,
    [seconds, memberId]
  )
  return !!r
}

export async function releaseMemberLease(db: Db, memberId: string) {
  await db.raw(`UPDATE group_buy_member SET lease_until = NULL WHERE id = ?`, [memberId])
}

export async function markCaptured(db: Db, memberId: string, at: Date) {
  await db.raw(
    `UPDATE group_buy_member SET captured_at = coalesce(captured_at, ?), last_error = NULL, updated_at = now()
      WHERE id = ? AND status = 'confirmed'`,
    [at, memberId]
  )
}

/** Records a price-protection refund once; false if it was recorded before. */
export async function markProtectionRefunded(trx: Knex.Transaction, memberId: string, at: Date): Promise<boolean> {
  const r = await one(
    trx,
    `UPDATE group_buy_member SET protection_refunded_at = ?, refunded_amount = refunded_amount + protection_amount,
        raw_refunded_amount = jsonb_build_object('value', (refunded_amount + protection_amount)::text, 'precision', 20),
        last_error = NULL, updated_at = now()
      WHERE id = ? AND protection_amount > 0 AND protection_refunded_at IS NULL RETURNING id`,
    [at, memberId]
  )
  return !!r
}

/**
 * A member of a failed group (or whose order was canceled) is done: `refunded` when money came back,
 * `canceled` when the authorization was voided. Gives the units back to the campaign's stock. Lock order
 * campaign → member; false (nothing changed) if the member was no longer live.
 */
export async function markMemberEnded(
  trx: Knex.Transaction,
  input: { member_id: string; status: "refunded" | "canceled"; refunded: string; at: Date }
): Promise<boolean> {
  const m = await one<MemberRow>(trx, `SELECT * FROM group_buy_member WHERE id = ?`, [input.member_id])
  if (!m || !["pending", "confirmed"].includes(m.status)) {
    return false
  }
  await trx.raw(`UPDATE group_buy_campaign SET sold_quantity = sold_quantity - ?, updated_at = now() WHERE id = ?`, [
    m.quantity,
    m.campaign_id,
  ])
  const r = await one(
    trx,
    `UPDATE group_buy_member SET status = ?, canceled_at = ?, refunded_amount = refunded_amount + ?::numeric,
        raw_refunded_amount = jsonb_build_object('value', (refunded_amount + ?::numeric)::text, 'precision', 20),
        last_error = NULL, updated_at = now()
      WHERE id = ? AND status IN ('pending', 'confirmed') RETURNING id`,
    [input.status, input.at, input.refunded, input.refunded, input.member_id]
  )
  if (!r) {
    throw new NothingToDo()
  }
  return true
}

export async function recordAttemptFailure(db: Db, memberId: string, error: string) {
  await db.raw(
    `UPDATE group_buy_member SET attempts = attempts + 1, last_error = ?, updated_at = now() WHERE id = ?`,
    [error.slice(0, 1000), memberId]
  )
}

/** Members of succeeded groups confirmed before `before` whose payment is not captured yet (retries). */
export async function uncapturedMembers(db: Db, input: { before: Date; after_id: string; limit: number }) {
  return rows<{ id: string; group_id: string }>(
    db,
    `SELECT m.id, m.group_id FROM group_buy_member m JOIN group_buy_group g ON g.id = m.group_id
      WHERE m.status = 'confirmed' AND m.captured_at IS NULL AND m.deleted_at IS NULL AND m.id > ?
        AND m.confirmed_at < ? AND g.status = 'succeeded'
      ORDER BY m.id LIMIT ?`,
    [input.after_id, input.before, input.limit]
  )
}

/** Pending members older than `before` (a checkout that crashed or never finished): to confirm or release. */
export async function stalePendingMembers(db: Db, input: { before: Date; after_id: string; limit: number }) {
  return rows<{ id: string; cart_id: string; group_id: string }>(
    db,
    `SELECT id, cart_id, group_id FROM group_buy_member
      WHERE status = 'pending' AND deleted_at IS NULL AND created_at < ? AND id > ?
      ORDER BY id LIMIT ?`,
    [input.before, input.after_id, input.limit]
  )
}

/**
 * An operator canceled a live group member's order (cancelOrderWorkflow; Medusa voided or refunded the payment):
 * the member ends `canceled` (or `refunded` when money came back) and gives its place and stock back, so the
 * group counts only the members still buying. Failed groups are left to their own refund flow. Lock order
 * campaign → group → member. Returns the prior counters for the compensation, or null when nothing changed.
 */
export async function cancelMember(
  trx: Knex.Transaction,
  input: { order_id: string; status: "refunded" | "canceled"; refunded: string; at: Date }
): Promise<{ member_id: string; prior_status: string; confirmed: boolean } | null> {
  const m = await one<MemberRow>(
    trx,
    `SELECT m.* FROM group_buy_member m JOIN group_buy_group g ON g.id = m.group_id
      WHERE m.order_id = ? AND m.deleted_at IS NULL AND m.status IN ('pending', 'confirmed') AND g.status <> 'failed'`,
    [input.order_id]
  )
  if (!m) {
    return null
  }
  const confirmed = m.status === "confirmed"
  await trx.raw(`UPDATE group_buy_campaign SET sold_quantity = sold_quantity - ?, updated_at = now() WHERE id = ?`, [m.quantity, m.campaign_id])
  await trx.raw(
    `UPDATE group_buy_group SET member_count = member_count - 1, quantity = quantity - ?,
        confirmed_count = confirmed_count - ?, confirmed_quantity = confirmed_quantity - ?, updated_at = now()
      WHERE id = ?`,
    [m.quantity, confirmed ? 1 : 0, confirmed ? m.quantity : 0, m.group_id]
  )
  const r = await one(
    trx,
    `UPDATE group_buy_member SET status = ?, canceled_at = ?, refunded_amount = refunded_amount + ?::numeric,
        raw_refunded_amount = jsonb_build_object('value', (refunded_amount + ?::numeric)::text, 'precision', 20), updated_at = now()
      WHERE id = ? AND status IN ('pending', 'confirmed') RETURNING id`,
    [input.status, input.at, input.refunded, input.refunded, m.id]
  )
  if (!r) {
    throw new NothingToDo()
  }
  return { member_id: m.id, prior_status: m.status, confirmed }
}

/** Undoes cancelMember (the order cancellation failed after it). */
export async function restoreCanceledMember(
  trx: Knex.Transaction,
  input: { member_id: string; prior_status: string; confirmed: boolean; refunded: string }
) {
  const m = await one<MemberRow>(trx, `SELECT * FROM group_buy_member WHERE id = ? AND status IN ('canceled', 'refunded')`, [input.member_id])
  if (!m) {
    return
  }
  await trx.raw(`UPDATE group_buy_campaign SET sold_quantity = sold_quantity + ?, updated_at = now() WHERE id = ?`, [m.quantity, m.campaign_id])
  await trx.raw(
    `UPDATE group_buy_group SET member_count = member_count + 1, quantity = quantity + ?,
        confirmed_count = confirmed_count + ?, confirmed_quantity = confirmed_quantity + ?, updated_at = now()
      WHERE id = ?`,
    [m.quantity, input.confirmed ? 1 : 0, input.confirmed ? m.quantity : 0, m.group_id]
  )
  await trx.raw(
    `UPDATE group_buy_member SET status = ?, canceled_at = NULL, refunded_amount = refunded_amount - ?::numeric,
        raw_refunded_amount = jsonb_build_object('value', (refunded_amount - ?::numeric)::text, 'precision', 20), updated_at = now()
      WHERE id = ?`,
    [input.prior_status, input.refunded, input.refunded, m.id]
  )
}
