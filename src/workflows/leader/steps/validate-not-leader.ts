import { createStep } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"

export const validateNotLeaderStepId = "validate-not-leader"

export const validateNotLeaderStep = createStep(
  validateNotLeaderStepId,
  async (input: { customer_id: string }, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const [leader] = await service.listLeaders({ customer_id: input.customer_id }, { take: 1 })
    if (leader) {
      throw conflict("already_leader", `Customer ${input.customer_id} is already leader ${leader.id}`)
    }
  }
)
