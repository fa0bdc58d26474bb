import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

export const deletePickupPointsStepId = "delete-pickup-points"

/** Soft-deletes points without a leader and without orders still to collect; restored on compensation. */
export const deletePickupPointsStep = createStep(
  deletePickupPointsStepId,
  async (ids: string[], { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const points = await service.listPickupPoints({ id: ids })
    const led = points.find((p) => p.leader_id)
    if (led) {
      throw conflict("pickup_point_has_leader", `Pickup point ${led.id} has leader ${led.leader_id}: reassign it first`)
    }
    const [, open] = await service.listAndCountPickupOrders(
      { pickup_point_id: ids, status: ["pending", "collectable"] },
      { take: 1 }
    )
    if (open) {
      throw conflict("pickup_point_in_use", `Pickup points ${ids.join(", ")} still have ${open} orders to collect`)
    }
    await service.softDeletePickupPoints(ids)
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.restorePickupPoints(ids)
  }
)
