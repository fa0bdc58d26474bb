import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export const issuePickupCodeStepId = "issue-pickup-code"

/** Issues the code once (conditional update); the compensation withdraws a code this run issued. */
export const issuePickupCodeStep = createStep(
  issuePickupCodeStepId,
  async (input: { pickup_order_id: string }, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const issued = await service.issueCode(input.pickup_order_id)
    return new StepResponse(issued, issued ? input.pickup_order_id : null)
  },
  async (id: string | null | undefined, { container }) => {
    if (!id) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.withdrawCode(id)
  }
)
