import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchDeliveryBatchWorkflow } from "../../../../../workflows/pickup"
import { batchDetail } from "../../helpers"

/** POST /admin/delivery-batches/:id/dispatch: the truck left with this batch. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await dispatchDeliveryBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ delivery_batch: await batchDetail(req.scope, req.params.id) })
}
