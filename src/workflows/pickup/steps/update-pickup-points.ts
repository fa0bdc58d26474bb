import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { codeTaken } from "./code-taken"
import type { PickupPointDTO } from "../../../modules/pickup/types"
import type { UpdatePickupPointInput } from "../types"

export const updatePickupPointsStepId = "update-pickup-points"

/** Updates points; the compensation writes back the previous values of the fields it changed. */
export const updatePickupPointsStep = createStep(
  updatePickupPointsStepId,
  async (input: UpdatePickupPointInput[], { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const before = (await service.listPickupPoints({ id: input.map((i) => i.id) })) as PickupPointDTO[]
    const previous = input.map((change) => {
      const old = before.find((b) => b.id === change.id) as Record<string, unknown> | undefined
      return Object.fromEntries(Object.keys(change).map((k) => [k, old?.[k]])) as UpdatePickupPointInput
    })
    const updated = (await codeTaken(() => service.updatePickupPoints(input))) as PickupPointDTO[]
    return new StepResponse(updated, previous)
  },
  async (previous: UpdatePickupPointInput[] | undefined, { container }) => {
    if (!previous?.length) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.updatePickupPoints(previous)
  }
)
