import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchDetail } from "../../../delivery-batches/helpers"
import { getRequestLeaderPointId } from "../../context"

/** GET /admin/leader/delivery-batches/:id: one of the leader's own batches (others answer 404). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_batch: await batchDetail(req.scope, req.params.id, getRequestLeaderPointId(req)) })
}
