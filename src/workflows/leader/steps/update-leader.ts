import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO } from "../../../modules/leader/types"

export const updateLeaderStepId = "update-leader"

type Patch = Partial<Pick<LeaderDTO, "status" | "suspended_at" | "suspension_reason" | "pickup_point_id">> & {
  id: string
}

/** Updates a leader; the compensation writes the previous values back. */
export const updateLeaderStep = createStep(
  updateLeaderStepId,
  async (input: Patch, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const before = (await service.retrieveLeader(input.id)) as LeaderDTO
    const previous = Object.fromEntries(
      Object.keys(input).map((k) => [k, before[k as keyof LeaderDTO]])
    ) as Patch
    const updated = (await service.updateLeaders(input)) as LeaderDTO
    return new StepResponse(updated, previous)
  },
  async (previous: Patch | undefined, { container }) => {
    if (!previous) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.updateLeaders(previous)
  }
)
