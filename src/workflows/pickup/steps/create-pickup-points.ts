import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { codeTaken } from "./code-taken"
import type { PickupPointDTO } from "../../../modules/pickup/types"
import type { CreatePickupPointInput } from "../types"

export const createPickupPointsStepId = "create-pickup-points"

export const createPickupPointsStep = createStep(
  createPickupPointsStepId,
  async (input: CreatePickupPointInput[], { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const created = (await codeTaken(() => service.createPickupPoints(input))) as PickupPointDTO[]
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.deletePickupPoints(ids)
  }
)
