import { invalid, refused } from "../../../lib/errors"
import type { LedgerResult } from "../types"
import { type Db, one } from "./db"
import { debit, findEntry, lockAccount, restoreDebit } from "./ledger"

/**
 * Redemptions move points at order placement and cancellation:
 *   quoted ──debit (cart completes)──▶ debited ──restore (order canceled)──▶ restored
 *     ▲                                  │
 *     └──── undo (completion failed) ────┘            (redebit: the cancellation failed)
 * Each debit is ledger entry redeem/<id>:<n> with n = debit_count, each undo or restore its reversal
 * reversal/redeem:<id>:<n>, so a cart can be debited again after a failed completion.
 */

export type RedemptionRow = {
  id: string
  customer_id: string
  cart_id: string
  order_id: string | null
  points: number
  amount: string
  currency_code: string
  status: "quoted" | "debited" | "released" | "restored"
  debit_count: number
}

async function lockRedemption(knex: Db, id: string): Promise<RedemptionRow | undefined> {
  return one<RedemptionRow>(
    knex,
    `SELECT id, customer_id, cart_id, order_id, points, amount, currency_code, status, debit_count
     FROM loyalty_redemption WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
    [id]
  )
}

export type RedemptionDebit = { created: boolean; redemption: RedemptionRow; debit_count: number; ledger?: LedgerResult }

/** Debits the points of a cart's redemption when its order is placed; a repeated completion is a no-op. */
export async function debitRedemption(
  knex: Db,
  input: { redemption_id: string; cart_id: string; customer_id: string | null; now: Date }
): Promise<RedemptionDebit> {
  // Lock order everywhere: account, then redemption.
  const peek = await one<RedemptionRow>(knex, "SELECT customer_id FROM loyalty_redemption WHERE id = ?", [
    input.redemption_id,
  ])
  if (!peek || peek.customer_id !== input.customer_id) {
    throw invalid(
      "points_redemption_invalid",
      `Points on cart ${input.cart_id} do not belong to its customer; remove them and apply them again`
    )
  }
  await lockAccount(knex, peek.customer_id)
  const r = (await lockRedemption(knex, input.redemption_id))!
  if (r.cart_id !== input.cart_id) {
    throw invalid("points_redemption_invalid", `Redemption ${r.id} belongs to another cart`)
  }
  if (r.status === "debited") {
    return { created: false, redemption: r, debit_count: r.debit_count }
  }
  if (r.status !== "quoted") {
    throw refused("points_redemption_invalid", `Points on cart ${r.cart_id} were removed (${r.status})`)
  }
  const n = r.debit_count + 1
  const ledger = await debit(knex, {
    customer_id: r.customer_id,
    points: r.points,
    kind: "redeem",
    reference: `${r.id}:${n}`,
    note: "points paid for an order",
    metadata: { redemption_id: r.id, cart_id: r.cart_id, amount: r.amount, currency_code: r.currency_code },
    now: input.now,
  })
  await knex.raw(
    "UPDATE loyalty_redemption SET status = 'debited', debit_count = ?, updated_at = now() WHERE id = ?",
    [n, r.id]
  )
  return { created: true, redemption: { ...r, status: "debited", debit_count: n }, debit_count: n, ledger }
}

/**
 * Gives back a debited redemption's points. `to: "quoted"` undoes a debit whose cart completion failed
 * (only that very debit, `debit_count`); `to: "restored"` is an order cancellation.
 */
export async function restoreRedemption(
  knex: Db,
  input: { redemption_id: string; to: "quoted" | "restored"; debit_count?: number; order_id?: string | null; now: Date }
): Promise<{ created: boolean; ledger?: LedgerResult & { forfeited: number } }> {
  const peek = await one<RedemptionRow>(knex, "SELECT customer_id FROM loyalty_redemption WHERE id = ?", [
    input.redemption_id,
  ])
  if (!peek) {
    return { created: false }
  }
  await lockAccount(knex, peek.customer_id)
  const r = (await lockRedemption(knex, input.redemption_id))!
  if (r.status !== "debited" || (input.debit_count !== undefined && input.debit_count !== r.debit_count)) {
    return { created: false }
  }
  const debitEntry = await findEntry(knex, "redeem", `${r.id}:${r.debit_count}`)
  const ledger = debitEntry
    ? await restoreDebit(knex, {
        customer_id: r.customer_id,
        kind: "reversal",
        reference: `redeem:${r.id}:${r.debit_count}`,
        debit: debitEntry,
        order_id: input.order_id ?? r.order_id,
        note: input.to === "restored" ? "order canceled" : "checkout failed",
        metadata: { redemption_id: r.id },
        now: input.now,
      })
    : undefined
  await knex.raw(
    `UPDATE loyalty_redemption SET status = ?, order_id = COALESCE(?, order_id), updated_at = now() WHERE id = ?`,
    [input.to, input.order_id ?? null, r.id]
  )
  return { created: true, ledger }
}

/** Debits a restored redemption again (the cancellation that restored it failed); never below zero. */
export async function redebitRedemption(
  knex: Db,
  input: { redemption_id: string; now: Date }
): Promise<{ created: boolean; ledger?: LedgerResult }> {
  const peek = await one<RedemptionRow>(knex, "SELECT customer_id FROM loyalty_redemption WHERE id = ?", [
    input.redemption_id,
  ])
  if (!peek) {
    return { created: false }
  }
  await lockAccount(knex, peek.customer_id)
  const r = (await lockRedemption(knex, input.redemption_id))!
  if (r.status !== "restored") {
    return { created: false }
  }
  const n = r.debit_count + 1
  const ledger = await debit(knex, {
    customer_id: r.customer_id,
    points: r.points,
    kind: "redeem",
    reference: `${r.id}:${n}`,
    order_id: r.order_id,
    note: "order cancellation failed",
    metadata: { redemption_id: r.id },
    allow_partial: true,
    now: input.now,
  })
  await knex.raw(
    "UPDATE loyalty_redemption SET status = 'debited', debit_count = ?, updated_at = now() WHERE id = ?",
    [n, r.id]
  )
  return { created: true, ledger }
}
