import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { forbidden, notFound } from "../../../../../lib/errors"
import { quoteRedeem } from "../../../../../modules/loyalty/utils/points"
import { loyaltyService } from "../../../../../workflows/loyalty/utils/loyalty-service"

/** The cart's totals with the points credit line, and the points picker for it. */
export async function cartPointsView(container: MedusaContainer, cartId: string, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "item_total",
      "item_subtotal",
      "discount_total",
      "shipping_total",
      "credit_line_total",
      "total",
      "credit_lines.*",
    ],
    filters: { id: cartId },
  })
  if (!cart) {
    throw notFound("cart_not_found", `Cart ${cartId} was not found`)
  }
  if (cart.customer_id !== customerId) {
    throw forbidden("cart_not_yours", `Cart ${cartId} does not belong to customer ${customerId}`)
  }
  const service = loyaltyService(container)
  const [settings, balance, [applied]] = await Promise.all([
    service.getSettings(),
    service.getBalance(customerId),
    service.listLoyaltyRedemptions({ cart_id: cartId, status: ["quoted", "debited"] }),
  ])
  const quote = quoteRedeem({
    itemTotal: MathBN.convert((cart.item_total ?? 0) as number),
    balance,
    pointsPerUnit: settings.redeem_points_per_unit,
    maxShare: settings.redeem_max_share,
    currencyCode: cart.currency_code,
  })
  const { customer_id: _owner, credit_lines, ...totals } = cart
  return {
    cart: { ...totals, credit_lines: (credit_lines ?? []).map((l) => ({ id: l!.id, amount: l!.amount, reference: l!.reference, reference_id: l!.reference_id })) },
    loyalty_points: {
      applied: applied ? { points: applied.points, amount: Number(applied.amount) } : null,
      balance,
      max_points: quote.max_points,
      cap_amount: quote.cap_amount,
      step: quote.step,
      points_per_unit: settings.redeem_points_per_unit,
      currency_code: cart.currency_code,
    },
  }
}
