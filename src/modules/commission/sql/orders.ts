import { generateEntityId, MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { AccrueOrderInput, AccrueOrderResult, EntryRow, ReverseOrderResult, SettleOrderResult } from "../types"
import { planReversal } from "../utils/reversal"
import { lockAccounts, moveBuckets } from "./accounts"
import { type Db, one, raw, rows, setTo } from "./db"
import { accrualsOf, insertAccrual, insertReversal } from "./ledger"

type OrderRow = {
  id: string
  order_id: string
  customer_id: string | null
  currency_code: string
  items_total: string
  commission_total: string
  refunded_amount: string
  reversed_total: string
  received_at: Date | null
  settle_at: Date | null
  settled_at: Date | null
  canceled_at: Date | null
}

const ORDER_COLUMNS =
  "id, order_id, customer_id, currency_code, items_total, commission_total, refunded_amount, reversed_total, received_at, settle_at, settled_at, canceled_at"

const sum = (values: BigNumberInput[]) => values.reduce<ReturnType<typeof MathBN.convert>>((a, b) => MathBN.add(a, b), MathBN.convert(0))

export async function lockOrder(knex: Db, orderId: string): Promise<OrderRow | undefined> {
  await knex.raw("SET LOCAL lock_timeout = '10s'")
  return one<OrderRow>(knex, `SELECT ${ORDER_COLUMNS} FROM commission_order WHERE order_id = ? FOR UPDATE`, [orderId])
}

/**
 * Records an order's commission once: the order row (unique by order id: a replay finds it and creates
 * nothing), its accruals (each unique by line item, beneficiary and kind) as pending, and the pending
 * balances of their beneficiaries, all in the caller's transaction. A refund or cancellation that
 * happened before the accrual (events arrive in any order) is reversed at once.
 */
export async function accrueOrder(
  knex: Db,
  input: AccrueOrderInput & { settle_at: Date | null }
): Promise<AccrueOrderResult> {
  const currency = input.currency_code.toLowerCase()
  const inserted = await one<{ id: string }>(
    knex,
    `INSERT INTO commission_order (id, order_id, customer_id, currency_code, items_total, raw_items_total,
       commission_total, raw_commission_total, refunded_amount, raw_refunded_amount, reversed_total, raw_reversed_total,
       pickup_leader_id, accrued_at, received_at, settle_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, ?, 0, ?, ?, ?, ?, ?)
     ON CONFLICT (order_id) DO NOTHING RETURNING id`,
    [
      generateEntityId(undefined, "cord"),
      input.order_id,
      input.customer_id,
      currency,
      input.items_total,
      raw(input.items_total),
      raw(0),
      raw(0),
      raw(0),
      input.pickup_leader_id,
      input.now,
      input.received_at,
      input.settle_at,
    ]
  )
  if (!inserted) {
    const existing = await lockOrder(knex, input.order_id)
    return { created: false, entries: [], commission_total: existing?.commission_total ?? "0" }
  }
  const created: EntryRow[] = []
  for (const e of input.entries) {
    if (MathBN.lte(e.amount, 0)) continue
    const row = await insertAccrual(knex, { order_id: input.order_id, customer_id: input.customer_id, currency_code: currency }, e)
    if (row) created.push(row)
  }
  const total = sum(created.map((e) => e.amount)).toString()
  if (created.length) {
    const accounts = await lockAccounts(knex, created.map((e) => e.beneficiary_id), currency)
    for (const [customerId, account] of accounts) {
      await moveBuckets(knex, account.id, { pending: sum(created.filter((e) => e.beneficiary_id === customerId).map((e) => e.amount)) })
    }
    await knex.raw(`UPDATE commission_order SET ${setTo("commission_total")}, updated_at = now() WHERE id = ?`, [total, total, inserted.id])
  }
  let reversed: ReverseOrderResult | null = null
  if (input.canceled || MathBN.gt(input.refunded_amount, 0)) {
    reversed = await reverseOrder(knex, {
      order_id: input.order_id,
      refunded_amount: input.refunded_amount,
      canceled: input.canceled,
      now: input.now,
    })
  }
  return { created: true, entries: created, commission_total: total, reversed }
}

/**
 * Brings an order's reversed commission in line with its refunds (cumulative `refunded_amount`) or its
 * cancellation: reverses the difference to the new target (see utils/reversal.ts), split over the accruals.
 * A reversal of a pending accrual lowers the pending balance; of an available (settled) one, the
 * available balance (a negative entry, also when the money was withdrawn since). An accrual reversed in
 * full while pending is marked `reversed` with its reversals. Idempotent: replays converge on the same
 * target, and the reference of each reversal is that target.
 */
export async function reverseOrder(
  knex: Db,
  input: { order_id: string; refunded_amount: BigNumberInput; canceled: boolean; now: Date }
): Promise<ReverseOrderResult | null> {
  const order = await lockOrder(knex, input.order_id)
  if (!order) {
    return null
  }
  const refunded = MathBN.max(order.refunded_amount, input.refunded_amount).toString()
  const canceled = input.canceled || !!order.canceled_at
  const accruals = await accrualsOf(knex, input.order_id)
  const plan = planReversal({
    commission_total: order.commission_total,
    items_total: order.items_total,
    refunded,
    canceled,
    reversed_total: order.reversed_total,
    entries: accruals.map((a) => ({ id: a.id, amount: a.amount, reversed: a.reversed })),
    currency_code: order.currency_code,
  })
  const created: EntryRow[] = []
  const byAccrual = new Map(accruals.map((a) => [a.id, a]))
  for (const part of plan.parts) {
    const accrual = byAccrual.get(part.entry_id)!
    const status = accrual.status === "available" ? "available" : "pending"
    const row = await insertReversal(knex, accrual, part.amount, `target:${plan.target_total}`, status, input.now, {
      refunded_amount: refunded,
      canceled,
    })
    if (row) created.push(row)
  }
  if (created.length) {
    const accounts = await lockAccounts(knex, created.map((e) => e.beneficiary_id), order.currency_code)
    for (const [customerId, account] of accounts) {
      const mine = created.filter((e) => e.beneficiary_id === customerId)
      await moveBuckets(knex, account.id, {
        pending: sum(mine.filter((e) => e.status === "pending").map((e) => e.amount)),
        available: sum(mine.filter((e) => e.status === "available").map((e) => e.amount)),
      })
    }
    // Accruals now reversed in full while pending: out of pending for good, with their reversals.
    const done = accruals.filter(
      (a) =>
        a.status === "pending" &&
        MathBN.eq(
          MathBN.add(a.reversed, sum(created.filter((r) => r.reverses_id === a.id).map((r) => MathBN.mult(r.amount, -1)))),
          a.amount
        )
    )
    if (done.length) {
      const ids = done.map((a) => a.id)
      await knex.raw(
        `UPDATE commission_entry SET status = 'reversed', updated_at = now()
         WHERE status = 'pending' AND (id IN (${ids.map(() => "?").join(", ")}) OR reverses_id IN (${ids.map(() => "?").join(", ")}))`,
        [...ids, ...ids]
      )
    }
  }
  const reversedNow = sum(created.map((e) => MathBN.mult(e.amount, -1))).toString()
  await knex.raw(
    `UPDATE commission_order SET ${setTo("refunded_amount")}, ${setTo("reversed_total")},
       canceled_at = CASE WHEN ? THEN COALESCE(canceled_at, ?) ELSE canceled_at END, updated_at = now() WHERE id = ?`,
    [refunded, refunded, plan.target_total, plan.target_total, canceled, input.now, order.id]
  )
  return { order_id: input.order_id, reversed: reversedNow, entries: created, target_total: plan.target_total }
}

/** Records when an order was collected/delivered and when it settles (first time only). */
export async function markReceived(
  knex: Db,
  input: { order_id: string; received_at: Date; settle_at: Date }
): Promise<{ updated: boolean; settle_at: Date | null }> {
  const row = await one<{ settle_at: Date }>(
    knex,
    `UPDATE commission_order SET received_at = ?, settle_at = ?, updated_at = now()
     WHERE order_id = ? AND received_at IS NULL RETURNING settle_at`,
    [input.received_at, input.settle_at, input.order_id]
  )
  if (row) return { updated: true, settle_at: row.settle_at }
  const existing = await one<{ settle_at: Date | null }>(knex, "SELECT settle_at FROM commission_order WHERE order_id = ?", [input.order_id])
  return { updated: false, settle_at: existing?.settle_at ?? null }
}

/** Orders whose settlement date has passed and that are not settled yet, oldest first. */
export async function dueOrders(knex: Db, now: Date, limit: number): Promise<string[]> {
  const found = await rows<{ order_id: string }>(
    knex,
    `SELECT order_id FROM commission_order
     WHERE settled_at IS NULL AND settle_at IS NOT NULL AND settle_at <= ? AND canceled_at IS NULL
     ORDER BY settle_at, id LIMIT ?`,
    [now, limit]
  )
  return found.map((r) => r.order_id)
}

/**
 * Settles one order whose date has passed: its pending entries (accruals and the reversals of them)
 * become available, and each beneficiary's pending balance moves to available. Once per order
 * (`settled_at`, under the order's lock): a second run changes nothing.
 */
export async function settleOrder(knex: Db, orderId: string, now: Date): Promise<SettleOrderResult> {
  const order = await lockOrder(knex, orderId)
  if (!order || order.settled_at || !order.settle_at || order.settle_at > now || order.canceled_at) {
    return { order_id: orderId, settled: false, amounts: [] }
  }
  const moved = await rows<{ beneficiary_id: string; amount: string }>(
    knex,
    `WITH moved AS (
       UPDATE commission_entry SET status = 'available', available_at = ?, updated_at = now()
       WHERE order_id = ? AND status = 'pending' RETURNING beneficiary_id, amount)
     SELECT beneficiary_id, SUM(amount)::text AS amount FROM moved GROUP BY beneficiary_id ORDER BY beneficiary_id`,
    [now, orderId]
  )
  const accounts = await lockAccounts(knex, moved.map((m) => m.beneficiary_id), order.currency_code)
  for (const m of moved) {
    const account = accounts.get(m.beneficiary_id)!
    await moveBuckets(knex, account.id, { pending: MathBN.mult(m.amount, -1), available: m.amount })
  }
  await knex.raw("UPDATE commission_order SET settled_at = ?, updated_at = now() WHERE id = ?", [now, order.id])
  return { order_id: orderId, settled: true, amounts: moved.map((m) => ({ customer_id: m.beneficiary_id, amount: m.amount })) }
}

/**
 * Undoes an accrual made by a workflow run that failed afterwards (compensation): takes every entry of the
 * order back out of its beneficiary's buckets, by status, and deletes the entries and the order row.
 */
export async function discardOrder(knex: Db, orderId: string): Promise<void> {
  const order = await lockOrder(knex, orderId)
  if (!order) return
  const sums = await rows<{ beneficiary_id: string; pending: string; available: string }>(
    knex,
    `SELECT beneficiary_id,
       COALESCE(SUM(amount) FILTER (WHERE status = 'pending'), 0)::text AS pending,
       COALESCE(SUM(amount) FILTER (WHERE status = 'available'), 0)::text AS available
     FROM commission_entry WHERE order_id = ? GROUP BY beneficiary_id`,
    [orderId]
  )
  const accounts = await lockAccounts(knex, sums.map((s) => s.beneficiary_id), order.currency_code)
  for (const s of sums) {
    await moveBuckets(knex, accounts.get(s.beneficiary_id)!.id, {
      pending: MathBN.mult(s.pending, -1),
      available: MathBN.mult(s.available, -1),
    })
  }
  await knex.raw("DELETE FROM commission_entry WHERE order_id = ?", [orderId])
  await knex.raw("DELETE FROM commission_order WHERE id = ?", [order.id])
}
