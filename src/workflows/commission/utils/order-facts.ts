import { MathBN } from "@medusajs/framework/utils"
import { allocate } from "../../../lib/money"
import { POINTS_CREDIT_REFERENCE } from "../../loyalty/utils/cart-credit"

/** The order as accrual and reversal read it (Query fields below). */
export type CommissionOrderFacts = {
  id: string
  customer_id?: string | null
  currency_code: string
  status?: string | null
  created_at?: string | Date | null
  items?: ({ id: string; product_id?: string | null; quantity?: unknown; total?: unknown } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null; data?: Record<string, unknown> | null } | null)[] | null
  payment_collections?: ({ status?: string | null; captured_amount?: unknown; refunded_amount?: unknown } | null)[] | null
  credit_lines?: ({ amount?: unknown; reference?: string | null; reference_id?: string | null } | null)[] | null
}

export const COMMISSION_ORDER_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "status",
  "created_at",
  // An order-level total in the selection makes the order module compute totals (also each item's).
  "item_total",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.total",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
  "payment_collections.status",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "credit_lines.amount",
  "credit_lines.reference",
  "credit_lines.reference_id",
]

const bn = (v: unknown) => MathBN.convert((v ?? 0) as number)

/** Captured and refunded so far, over the order's payment collections (canceled ones count nothing). */
export function capturedAndRefunded(order: CommissionOrderFacts): { captured: string; refunded: string } {
  let captured = MathBN.convert(0)
  let refunded = MathBN.convert(0)
  for (const pc of order.payment_collections ?? []) {
    if (!pc || pc.status === "canceled") continue
    captured = captured.plus(bn(pc.captured_amount))
    refunded = refunded.plus(bn(pc.refunded_amount))
  }
  return { captured: captured.toString(), refunded: refunded.toString() }
}

/** Medusa's line total: after promotions and coupons (line adjustments), without shipping. */
function lineTotal(item: { total?: unknown }): string {
  return MathBN.max(bn(item.total), 0).toString()
}

/**
 * Points the customer paid with (the loyalty module's cart credit line, copied to the order; counted once
 * per redemption even if the order holds it in several versions).
 */
export function pointsPaid(order: CommissionOrderFacts): string {
  const byRedemption = new Map<string, string>()
  for (const line of order.credit_lines ?? []) {
    if (line?.reference !== POINTS_CREDIT_REFERENCE) continue
    byRedemption.set(line.reference_id ?? "", MathBN.convert((line.amount ?? 0) as number).toString())
  }
  return [...byRedemption.values()].reduce((s, v) => MathBN.add(s, v), MathBN.convert(0)).toString()
}

/**
 * What the customer actually paid for each line: its total (after promotions and coupons, without shipping)
 * less its share of the points they paid with, the points split over the lines in proportion to their
 * totals (parts add up to the fen). Keyed by line item id.
 */
export function linesPaid(order: CommissionOrderFacts): Map<string, string> {
  const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => !!i)
  const totals = items.map(lineTotal)
  const sum = totals.reduce((s, v) => MathBN.add(s, v), MathBN.convert(0))
  const points = MathBN.min(pointsPaid(order), sum)
  const shares = allocate(points, totals, order.currency_code)
  return new Map(items.map((item, i) => [item.id, MathBN.max(MathBN.sub(totals[i], shares[i]), 0).toString()]))
}
