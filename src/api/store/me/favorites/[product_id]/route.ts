import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeFavoriteWorkflow } from "../../../../../workflows/account"

/** DELETE /store/me/favorites/:product_id: removes one of my favourites (`deleted: false` if it was not one). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await removeFavoriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.product_id },
  })
  res.json({ product_id: req.params.product_id, object: "favorite", deleted: result.removed })
}
