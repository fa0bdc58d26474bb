import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { forbidden, notFound } from "../../../../../lib/errors"
import { PICKUP_OPTION_TYPE_CODE } from "../../../../../workflows/pickup/utils/checkout"
import type { StoreChoosePickupPointType } from "./validators"

/**
 * POST /store/carts/:id/pickup: collect the order at a pickup point. Adds the cart's community-pickup
 * shipping method with { pickup_point_id, latitude, longitude } as its data (the same as
 * POST /store/carts/:id/shipping-methods with that data); refused when the point does not serve the
 * coordinates. A customer's cart only by that customer (a guest cart by whoever holds its id, as in Medusa).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreChoosePickupPointType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  if (!cart) {
    throw notFound("cart_not_found", `Cart ${req.params.id} was not found`)
  }
  if (cart.customer_id && cart.customer_id !== req.auth_context?.actor_id) {
    throw forbidden("cart_not_yours", `Cart ${req.params.id} belongs to another customer`)
  }
  const { result: options } = await listShippingOptionsForCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  const option = (options as { id: string; type?: { code?: string } }[]).find(
    (o) => o.type?.code === PICKUP_OPTION_TYPE_CODE
  )
  if (!option) {
    throw notFound("pickup_option_not_found", `Cart ${req.params.id} has no community-pickup shipping option`)
  }
  await addShippingMethodToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, options: [{ id: option.id, data: { ...req.validatedBody } }] },
  })
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "shipping_total", "shipping_methods.*"],
    filters: { id: req.params.id },
  })
  res.json({ cart: data[0] })
}
