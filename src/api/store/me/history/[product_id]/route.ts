import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clearHistoryWorkflow } from "../../../../../workflows/account"

/** DELETE /store/me/history/:product_id: removes one product from my browsing history. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await clearHistoryWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: req.params.product_id },
  })
  res.json({ product_id: req.params.product_id, object: "history", deleted: result.removed > 0 })
}
