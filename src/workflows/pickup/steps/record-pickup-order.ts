import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupOrderDTO, RecordPickupOrderInput } from "../../../modules/pickup/types"

export const recordPickupOrderStepId = "record-pickup-order"

/** Idempotent by order id; the compensation removes only a row this run created. */
export const recordPickupOrderStep = createStep(
  recordPickupOrderStepId,
  async (input: RecordPickupOrderInput, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const existed = (await service.listPickupOrders({ order_id: input.order_id }, { take: 1 })).length > 0
    const row = await service.recordPickupOrder(input)
    return new StepResponse(row as PickupOrderDTO, existed ? null : row.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.deletePickupOrders(createdId)
  }
)
