import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmBatchArrivalWorkflow } from "../../../../../../workflows/pickup"
import { batchDetail } from "../../../../delivery-batches/helpers"
import { getRequestLeaderPointId } from "../../../context"

/** POST /admin/leader/delivery-batches/:id/arrive: the goods are at the point; customers are told to come. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const pointId = getRequestLeaderPointId(req)
  await confirmBatchArrivalWorkflow(req.scope).run({
    input: { batch_id: req.params.id, actor_id: req.auth_context.actor_id, pickup_point_id: pointId },
  })
  res.json({ delivery_batch: await batchDetail(req.scope, req.params.id, pointId) })
}
