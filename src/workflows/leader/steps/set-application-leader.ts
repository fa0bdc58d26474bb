import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"

export const setApplicationLeaderStepId = "set-application-leader"

export const setApplicationLeaderStep = createStep(
  setApplicationLeaderStepId,
  async (input: { id: string; leader_id: string }, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.updateLeaderApplications({ id: input.id, leader_id: input.leader_id })
    return new StepResponse(undefined, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.updateLeaderApplications({ id, leader_id: null })
  }
)
