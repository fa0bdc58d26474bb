import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMoneyNumber } from "../../../../../lib/money"
import { commissionService } from "../../../../../workflows/commission/utils/commission-service"
import { orderDisplayIds } from "../../../commissions/helpers"
import { getRequestLeader } from "../../context"
import type { LeaderListEarningsType } from "../validators"

/** GET /admin/leader/commissions/orders: what I earned per order, newest first (earned, reversed, pending, available). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LeaderListEarningsType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as LeaderListEarningsType
  const leader = getRequestLeader(req)
  const { orders, count } = await commissionService(req.scope).listEarningsByOrder(leader.customer_id, { offset, limit })
  const displayIds = await orderDisplayIds(req.scope, orders.map((o) => o.order_id))
  res.json({
    orders: orders.map((o) => ({
      order_id: o.order_id,
      display_id: displayIds.get(o.order_id) ?? null,
      currency_code: o.currency_code,
      earned: toMoneyNumber(o.earned, o.currency_code),
      reversed: toMoneyNumber(o.reversed, o.currency_code),
      net: toMoneyNumber(o.net, o.currency_code),
      pending: toMoneyNumber(o.pending, o.currency_code),
      available: toMoneyNumber(o.available, o.currency_code),
      kinds: o.kinds,
      first_at: o.first_at,
    })),
    count,
    offset,
    limit,
  })
}
