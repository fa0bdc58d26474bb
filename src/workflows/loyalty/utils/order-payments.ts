import { MathBN } from "@medusajs/framework/utils"

export type OrderPaymentFacts = {
  id: string
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
  currency_code: string
  status?: string
  payment_collections?: ({
    status?: string
    authorized_amount?: unknown
    captured_amount?: unknown
    refunded_amount?: unknown
  } | null)[] | null
}

export const ORDER_PAYMENT_FIELDS = [
  "id",
  "customer_id",
  "customer.has_account",
  "currency_code",
  "status",
  "payment_collections.status",
  "payment_collections.authorized_amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
]

const bn = (v: unknown) => MathBN.convert((v ?? 0) as number)

/**
 * What the customer paid for an order and how much of it was refunded, from its payment collections:
 * captured where captured, else authorized (an authorize-only provider); canceled collections count nothing.
 */
export function paidAndRefunded(order: OrderPaymentFacts): { paid: string; refunded: string } {
  let paid = MathBN.convert(0)
  let refunded = MathBN.convert(0)
  for (const pc of order.payment_collections ?? []) {
    if (!pc || pc.status === "canceled") {
      continue
    }
    const captured = bn(pc.captured_amount)
    paid = paid.plus(captured.gt(0) ? captured : bn(pc.authorized_amount))
    refunded = refunded.plus(bn(pc.refunded_amount))
  }
  return { paid: paid.toString(), refunded: refunded.toString() }
}
