import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The totals a coupon changes (the full cart is GET /store/carts/:id). */
export async function cartWithDiscounts(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "item_subtotal",
      "discount_total",
      "shipping_total",
      "total",
      "promotions.code",
      "items.id",
      "items.adjustments.code",
      "items.adjustments.amount",
    ],
    filters: { id: cartId },
  })
  return data[0]
}
