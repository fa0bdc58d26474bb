import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { BindCustomerInput, BindCustomerResult } from "../../../modules/leader/types"

export const bindCustomerStepId = "bind-customer-to-leader"

export const bindCustomerStep = createStep(
  bindCustomerStepId,
  async (input: BindCustomerInput, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const result: BindCustomerResult = await service.bindCustomer(input)
    const undo =
      result.outcome === "bound" || result.outcome === "replaced"
        ? { binding_id: result.binding.id, ended_binding_id: result.ended?.id ?? null }
        : undefined
    return new StepResponse(result, undo)
  },
  async (undo: { binding_id: string; ended_binding_id: string | null } | undefined, { container }) => {
    if (!undo) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.undoBinding(undo)
  }
)
