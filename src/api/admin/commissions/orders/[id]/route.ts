import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { toMoneyNumber } from "../../../../../lib/money"
import { commissionService } from "../../../../../workflows/commission/utils/commission-service"
import { beneficiaryNames, presentEntry } from "../../helpers"

/** GET /admin/commissions/orders/:id: the commission this order produced (the order page widget). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: req.params.id } })
  if (!order) throw notFound("order_not_found", `Order ${req.params.id} was not found`)
  const service = commissionService(req.scope)
  const [summary] = await service.listCommissionOrders({ order_id: order.id }, { take: 1 })
  const entries = await service.listOrderLedger(order.id)
  const names = await beneficiaryNames(req.scope, entries.map((e) => e.beneficiary_id))
  const currency = order.currency_code
  const net = entries.reduce((s, e) => MathBN.add(s, e.amount), MathBN.convert(0))
  res.json({
    order_id: order.id,
    currency_code: currency,
    commission: summary
      ? {
          items_total: toMoneyNumber(summary.items_total, currency),
          commission_total: toMoneyNumber(summary.commission_total, currency),
          reversed_total: toMoneyNumber(summary.reversed_total, currency),
          net_total: toMoneyNumber(net, currency),
          refunded_amount: toMoneyNumber(summary.refunded_amount, currency),
          accrued_at: summary.accrued_at,
          received_at: summary.received_at,
          settle_at: summary.settle_at,
          settled_at: summary.settled_at,
          canceled_at: summary.canceled_at,
        }
      : null,
    entries: entries.map((e) => ({ ...presentEntry(e), beneficiary_name: names.get(e.beneficiary_id) ?? null })),
  })
}
