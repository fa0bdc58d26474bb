import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { DeliveryBatchDTO, DeliveryBatchStatus } from "../../../modules/pickup/types"

export const transitionBatchStepId = "transition-delivery-batch"

type Input = {
  id: string
  from: DeliveryBatchStatus
  to: DeliveryBatchStatus
  actor_id: string
  /** When set, only a batch of this point (a leader's own); others answer 404. */
  pickup_point_id?: string | null
}

/** Conditional status move; 409 `batch_not_<from>` when the batch is elsewhere. Compensation moves it back. */
export const transitionBatchStep = createStep(
  transitionBatchStepId,
  async (input: Input, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [batch] = (await service.listDeliveryBatches({
      id: input.id,
      ...(input.pickup_point_id ? { pickup_point_id: input.pickup_point_id } : {}),
    })) as DeliveryBatchDTO[]
    if (!batch) {
      throw notFound("delivery_batch_not_found", `Delivery batch ${input.id} was not found`)
    }
    if (!(await service.transitionBatch(input.id, input.from, input.to, input.actor_id))) {
      throw conflict(`batch_not_${input.from}`, `Delivery batch ${input.id} is ${batch.status}, not ${input.from}`)
    }
    return new StepResponse((await service.retrieveDeliveryBatch(input.id)) as DeliveryBatchDTO, input)
  },
  async (input: Input | undefined, { container }) => {
    if (!input) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.transitionBatch(input.id, input.to, input.from, null)
  }
)
