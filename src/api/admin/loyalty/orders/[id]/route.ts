import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../lib/errors"
import { loyaltyService } from "../../../../../workflows/loyalty/utils/loyalty-service"
import { presentAdminEntry } from "../../helpers"

/** GET /admin/loyalty/orders/:id: points the order earned (and reversed) and paid with (and restored). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "customer_id", "cart.id"], filters: { id: req.params.id } })
  if (!order) {
    throw notFound("order_not_found", `Order ${req.params.id} was not found`)
  }
  const service = loyaltyService(req.scope)
  const redemptions = order.cart?.id ? await service.listLoyaltyRedemptions({ cart_id: order.cart.id, status: ["debited", "restored"] }) : []
  const [earning] = await service.listLoyaltyOrders({ order_id: order.id })
  const entries = await service.listOrderEntries(order.id, redemptions.map((r) => r.id))
  res.json({
    order_id: order.id,
    customer_id: order.customer_id ?? null,
    earned: earning
      ? {
          points: earning.earned_points,
          reversed_points: earning.reversed_points,
          multiplier: Number(earning.multiplier),
          tier_code: earning.tier_code,
          paid_amount: Number(earning.paid_amount),
          refunded_amount: Number(earning.refunded_amount),
          completed_at: earning.completed_at,
        }
      : null,
    redeemed: redemptions.map((r) => ({ id: r.id, points: r.points, amount: Number(r.amount), status: r.status })),
    entries: entries.map(presentAdminEntry),
  })
}
