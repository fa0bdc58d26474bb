import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { conflict, forbidden, notFound } from "../../../lib/errors"

export type GroupCart = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Date | null
  items: { id: string; variant_id: string | null; metadata: Record<string, unknown> | null }[]
  shipping_methods: { shipping_option_id: string | null; data: Record<string, unknown> | null }[]
}

/** The customer's own open cart (404 missing, 403 someone else's, 409 already an order). */
export async function loadOwnOpenCart(container: MedusaContainer, cartId: string, customerId: string): Promise<GroupCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "completed_at",
      "items.id",
      "items.variant_id",
      "items.metadata",
      "shipping_methods.shipping_option_id",
      "shipping_methods.data",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) {
    throw notFound("cart_not_found", `Cart ${cartId} was not found`)
  }
  if (cart.customer_id !== customerId) {
    throw forbidden("cart_not_yours", `Cart ${cartId} does not belong to customer ${customerId}`)
  }
  if (cart.completed_at) {
    throw conflict("cart_completed", `Cart ${cartId} is already an order`)
  }
  return {
    id: cart.id,
    customer_id: cart.customer_id ?? null,
    currency_code: cart.currency_code,
    completed_at: cart.completed_at ? new Date(cart.completed_at) : null,
    items: (cart.items ?? []).filter((i): i is NonNullable<typeof i> => !!i).map((i) => ({
      id: i.id,
      variant_id: i.variant_id ?? null,
      metadata: (i.metadata as Record<string, unknown> | null) ?? null,
    })),
    shipping_methods: (cart.shipping_methods ?? []).filter((m): m is NonNullable<typeof m> => !!m).map((m) => ({
      shipping_option_id: m.shipping_option_id ?? null,
      data: (m.data as Record<string, unknown> | null) ?? null,
    })),
  }
}

/** The pickup point a cart is collected at (its community-pickup method's data), if any. */
export function cartPickupPointId(methods: { data?: Record<string, unknown> | null }[]): string | null {
  for (const m of methods) {
    const id = m?.data?.pickup_point_id
    if (typeof id === "string" && id) {
      return id
    }
  }
  return null
}
