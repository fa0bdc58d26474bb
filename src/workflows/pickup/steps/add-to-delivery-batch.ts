import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export const addToDeliveryBatchStepId = "add-to-delivery-batch"

type Input = { pickup_point_id: string; delivery_date: string; order_ids: string[] }

/** Puts orders into their point's batch for the date; the compensation takes out those it put in. */
export const addToDeliveryBatchStep = createStep(
  addToDeliveryBatchStepId,
  async (input: Input, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const result = await service.addToDeliveryBatch(input)
    return new StepResponse(result, result.added)
  },
  async (added: string[] | undefined, { container }) => {
    if (!added?.length) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.updatePickupOrders(added.map((id) => ({ id, delivery_batch_id: null })))
  }
)
