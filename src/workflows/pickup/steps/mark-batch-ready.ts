import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../modules/pickup/types"

export const markBatchReadyStepId = "mark-batch-ready"

/** The batch's live orders are ready at the point; the compensation clears what this run set. */
export const markBatchReadyStep = createStep(
  markBatchReadyStepId,
  async (input: { batch_id: string }, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const ready: PickupOrderDTO[] = await service.markBatchReady(input.batch_id)
    return new StepResponse(ready, ready.map((r) => r.id))
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.updatePickupOrders(ids.map((id) => ({ id, ready_at: null })))
  }
)
