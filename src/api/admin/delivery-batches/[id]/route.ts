import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchDetail } from "../helpers"

/** GET /admin/delivery-batches/:id: the batch, its orders and its pick list (SKU totals). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_batch: await batchDetail(req.scope, req.params.id) })
}
