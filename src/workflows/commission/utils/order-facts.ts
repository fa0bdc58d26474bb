import { MathBN } from "@medusajs/framework/utils"

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

/** What the customer paid for each line: Medusa's line total (after promotions and coupons, no shipping). */
export function linePaid(item: { total?: unknown }): string {
  return MathBN.max(bn(item.total), 0).toString()
}
