import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { LeaderDTO, LeaderStatus } from "../../../modules/leader/types"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupPointDTO } from "../../../modules/pickup/types"

export const getLeaderForStatusChangeStepId = "get-leader-for-status-change"

/** The leader and their point, refusing when the leader is not in the expected status. */
export const getLeaderForStatusChangeStep = createStep(
  getLeaderForStatusChangeStepId,
  async (input: { leader_id: string; expect: LeaderStatus }, { container }) => {
    const leaders: LeaderModuleService = container.resolve(LEADER_MODULE)
    const [leader] = (await leaders.listLeaders({ id: input.leader_id })) as LeaderDTO[]
    if (!leader) {
      throw notFound("leader_not_found", `Leader ${input.leader_id} was not found`)
    }
    if (leader.status !== input.expect) {
      throw conflict(
        input.expect === "active" ? "leader_not_active" : "leader_not_suspended",
        `Leader ${leader.id} is ${leader.status}`
      )
    }
    let point: PickupPointDTO | null = null
    if (leader.pickup_point_id) {
      const points: PickupModuleService = container.resolve(PICKUP_MODULE)
      ;[point] = (await points.listPickupPoints({ id: leader.pickup_point_id })) as PickupPointDTO[]
    }
    return new StepResponse({ leader, point: point ?? null })
  }
)
