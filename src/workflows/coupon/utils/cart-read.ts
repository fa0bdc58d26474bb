import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../lib/errors"

export const CART_COUPON_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "completed_at",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.is_discountable",
  "items.product.categories.id",
]

/** A customer's own cart (anyone else's answers 404, as if it did not exist). */
export async function loadOwnCart(container: MedusaContainer, cartId: string, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_COUPON_FIELDS, filters: { id: cartId } })
  const cart = data[0]
  if (!cart || cart.customer_id !== customerId) {
    throw notFound("cart_not_found", `Cart ${cartId} was not found`)
  }
  return cart
}
