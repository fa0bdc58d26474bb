import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { VerifierKind } from "../../../modules/pickup/types"

export const claimPickupStepId = "claim-pickup"

type Input = { id: string; actor_id: string; actor_kind: VerifierKind }

/** The single-use guard: a conditional update; of concurrent verifications exactly one passes. */
export const claimPickupStep = createStep(
  claimPickupStepId,
  async (input: Input, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    if (!(await service.claimPickup(input))) {
      throw conflict("already_picked_up", `Pickup order ${input.id} was already picked up`)
    }
    return new StepResponse(await service.retrievePickupOrder(input.id), input)
  },
  async (input: Input | undefined, { container }) => {
    if (!input) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.releasePickup(input)
  }
)
