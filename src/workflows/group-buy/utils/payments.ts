import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"

/**
 * A group order's payment as the money steps need it: read fresh before every capture or refund, so a retry
 * (after a crash, an error, or a second worker) sees what was already done and does not do it again.
 */
export type PaymentState = {
  order_id: string
  order_status: string
  currency_code: string
  payment_id: string | null
  amount: BigNumberInput
  captured: boolean
  canceled: boolean
  captured_amount: BigNumberInput
  refunded_amount: BigNumberInput
  refund_notes: string[]
}

type Payment = {
  id: string
  amount?: BigNumberInput | null
  captured_at?: string | Date | null
  canceled_at?: string | Date | null
  captures?: ({ amount?: BigNumberInput | null } | null)[] | null
  refunds?: ({ amount?: BigNumberInput | null; note?: string | null } | null)[] | null
}

const sum = (xs: ({ amount?: BigNumberInput | null } | null)[] | null | undefined) =>
  (xs ?? []).reduce((acc, x) => acc.plus(MathBN.convert(x?.amount ?? 0)), MathBN.convert(0))

export async function orderPaymentState(container: MedusaContainer, orderId: string): Promise<PaymentState> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
      "payment_collections.payments.refunds.note",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) {
    throw notFound("order_not_found", `Order ${orderId} was not found`)
  }
  const payments = (order.payment_collections ?? []).flatMap((pc) => (pc?.payments ?? []) as (Payment | null)[]).filter((p): p is Payment => !!p)
  const payment = payments[0] ?? null
  const captured = sum(payment?.captures)
  return {
    order_id: order.id,
    order_status: order.status,
    currency_code: order.currency_code,
    payment_id: payment?.id ?? null,
    amount: MathBN.convert(payment?.amount ?? 0).toString(),
    captured: !!payment?.captured_at || captured.gt(0),
    canceled: !!payment?.canceled_at,
    captured_amount: captured.toString(),
    refunded_amount: sum(payment?.refunds).toString(),
    refund_notes: (payment?.refunds ?? []).map((r) => r?.note ?? "").filter(Boolean),
  }
}

/** The note on a price-protection refund: how a retry recognises the refund it already made. */
export const protectionRefundNote = (memberId: string) => `group_buy:price_protection:${memberId}`

/** The note on a failed group's refund that Medusa's cancelOrderWorkflow did not make (its errors are only logged). */
export const failedGroupRefundNote = (memberId: string) => `group_buy:group_failed:${memberId}`
