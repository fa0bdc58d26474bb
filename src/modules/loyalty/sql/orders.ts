import { MathBN, generateEntityId } from "@medusajs/framework/utils"
import type { LedgerResult } from "../types"
import { earnedPoints, reversalTarget } from "../utils/points"
import { pointsExpiry } from "../utils/expiry"
import { type Db, one } from "./db"
import { credit, debit, lockAccount } from "./ledger"
import { readSettings } from "./settings"
import { type TierEvaluation, evaluateTier, tierOf } from "./tiers"

export type OrderEarningInput = {
  order_id: string
  customer_id: string
  currency_code: string
  /** What the customer paid (payments' amounts). */
  paid_amount: string
  /** Refunded so far. */
  refunded_amount: string
  now: Date
  timeZone: string
}

export type OrderEarningResult = {
  created: boolean
  skipped?: "currency"
  points: number
  ledger?: LedgerResult
  tier?: TierEvaluation
}

type LoyaltyOrderRow = {
  id: string
  customer_id: string
  paid_amount: string
  refunded_at_completion: string
  refunded_amount: string
  earned_points: number
  reversed_points: number
}

const raw = (v: string) => JSON.stringify({ value: MathBN.convert(v).toString(), precision: 20 })

/**
 * Credits the points of a received order (once per order) at the multiplier of the tier the customer
 * holds, records its spend and upgrades the tier when the spend now qualifies for a higher one.
 */
export async function earnOnOrder(knex: Db, input: OrderEarningInput): Promise<OrderEarningResult> {
  const settings = await readSettings(knex)
  if (input.currency_code.toLowerCase() !== settings.currency_code.toLowerCase()) {
    return { created: false, skipped: "currency", points: 0 }
  }
  await lockAccount(knex, input.customer_id)
  const existing = await one<LoyaltyOrderRow>(knex, "SELECT id, earned_points FROM loyalty_order WHERE order_id = ?", [
    input.order_id,
  ])
  if (existing) {
    return { created: false, points: existing.earned_points }
  }
  const tier = await tierOf(knex, input.customer_id)
  const multiplier = tier?.multiplier ?? 1
  const net = MathBN.max(MathBN.sub(input.paid_amount, input.refunded_amount), 0)
  const points = earnedPoints(net, settings.earn_points_per_unit, multiplier)
  await knex.raw(
    `INSERT INTO loyalty_order (id, order_id, customer_id, currency_code, paid_amount, raw_paid_amount,
       refunded_at_completion, raw_refunded_at_completion, refunded_amount, raw_refunded_amount,
       earned_points, reversed_points, multiplier, raw_multiplier, tier_code, completed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
    [
      generateEntityId(undefined, "lord"),
      input.order_id,
      input.customer_id,
      input.currency_code.toLowerCase(),
      input.paid_amount,
      raw(input.paid_amount),
      input.refunded_amount,
      raw(input.refunded_amount),
      input.refunded_amount,
      raw(input.refunded_amount),
      points,
      String(multiplier),
      raw(String(multiplier)),
      tier?.code ?? null,
      input.now,
    ]
  )
  const ledger =
    points > 0
      ? await credit(knex, {
          customer_id: input.customer_id,
          points,
          kind: "earn_purchase",
          reference: input.order_id,
          order_id: input.order_id,
          metadata: { paid: net.toString(), multiplier, tier_code: tier?.code ?? null },
          expires_at: pointsExpiry(input.now, settings.expiry_months, input.timeZone),
        })
      : undefined
  const evaluation = await evaluateTier(knex, input.customer_id, {
    basis: settings.tier_basis,
    now: input.now,
    mode: "upgrade",
  })
  return { created: true, points, ledger, tier: evaluation }
}

/**
 * Brings an order's reversed points in line with its refunds: `refunded_amount` is the order's total
 * refunded so far (or everything for a canceled order). Reverses the difference to the proportional
 * target, never below a zero balance (what the customer already spent is recorded as `shortfall`).
 * Idempotent: the reference is the cumulative target, and both figures only grow.
 */
export async function reverseOnRefund(
  knex: Db,
  input: { order_id: string; refunded_amount: string; now: Date }
): Promise<{ reversed: number; ledger?: LedgerResult } | null> {
  const found = await one<LoyaltyOrderRow>(knex, "SELECT customer_id FROM loyalty_order WHERE order_id = ?", [
    input.order_id,
  ])
  if (!found) {
    return null
  }
  await lockAccount(knex, found.customer_id)
  const order = (await one<LoyaltyOrderRow>(
    knex,
    `SELECT id, customer_id, paid_amount, refunded_at_completion, refunded_amount, earned_points, reversed_points
     FROM loyalty_order WHERE order_id = ? FOR UPDATE`,
    [input.order_id]
  ))!
  const refunded = MathBN.max(order.refunded_amount, input.refunded_amount)
  const base = MathBN.sub(order.paid_amount, order.refunded_at_completion)
  const since = MathBN.sub(refunded, order.refunded_at_completion)
  const target = reversalTarget(order.earned_points, base, since)
  await knex.raw(
    "UPDATE loyalty_order SET refunded_amount = ?, raw_refunded_amount = ?, updated_at = now() WHERE id = ?",
    [refunded.toString(), raw(refunded.toString()), order.id]
  )
  const delta = target - order.reversed_points
  if (delta <= 0) {
    return { reversed: 0 }
  }
  const ledger = await debit(knex, {
    customer_id: order.customer_id,
    points: delta,
    kind: "reversal",
    reference: `${input.order_id}:${target}`,
    order_id: input.order_id,
    note: "refund",
    metadata: { refunded: refunded.toString(), target },
    allow_partial: true,
    now: input.now,
  })
  await knex.raw("UPDATE loyalty_order SET reversed_points = ?, updated_at = now() WHERE id = ?", [target, order.id])
  return { reversed: delta, ledger }
}
