import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import { notFound } from "../../../../../lib/errors"
import { PICKUP_OPTION_TYPE_CODE } from "../../../../../workflows/pickup/utils/checkout"
import type { StoreChoosePickupPointType } from "./validators"

/**
 * POST /store/carts/:id/pickup: collect the order at a pickup point. Adds the cart's community-pickup
 * shipping method with { pickup_point_id, latitude, longitude } as its data (the same as
 * POST /store/carts/:id/shipping-methods with that data); refused when the point does not serve the
 * coordinates.
 */
export const POST = async (req: MedusaRequest<StoreChoosePickupPointType>, res: MedusaResponse) => {
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
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "shipping_total", "shipping_methods.*"],
    filters: { id: req.params.id },
  })
  res.json({ cart: data[0] })
}
