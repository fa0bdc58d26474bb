import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupPointDTO, StoredOpeningHours } from "../../../modules/pickup/types"
import { normalizeOpeningHours } from "../../../modules/pickup/utils/opening-hours"
import { isUniqueViolation } from "../../pickup/steps/code-taken"

export const providePickupPointStepId = "provide-leader-pickup-point"

type Input = {
  /** An existing point to hand over (it must have no leader yet). */
  pickup_point_id?: string
  proposal: {
    name: string
    address: string
    latitude: number
    longitude: number
    opening_hours: StoredOpeningHours
    photo_url: string | null
    contact_phone: string | null
    radius_km: number
    daily_capacity: number
    code: string | null
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6

/** The new leader's point: an existing point without a leader, or the one they proposed. */
export const providePickupPointStep = createStep(
  providePickupPointStepId,
  async (input: Input, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    if (input.pickup_point_id) {
      const [point] = (await service.listPickupPoints({ id: input.pickup_point_id })) as PickupPointDTO[]
      if (!point) {
        throw notFound("pickup_point_not_found", `Pickup point ${input.pickup_point_id} was not found`)
      }
      if (point.leader_id) {
        throw conflict("pickup_point_has_leader", `Pickup point ${point.id} already has leader ${point.leader_id}`)
      }
      return new StepResponse(point, null as string | null)
    }
    const p = input.proposal
    try {
      const point = (await service.createPickupPoints({
        name: p.name,
        address: p.address,
        latitude: round6(p.latitude),
        longitude: round6(p.longitude),
        opening_hours: normalizeOpeningHours(p.opening_hours),
        photo_url: p.photo_url,
        contact_phone: p.contact_phone,
        radius_km: p.radius_km,
        daily_capacity: p.daily_capacity,
        code: p.code,
      })) as PickupPointDTO
      return new StepResponse(point, point.id as string | null)
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw conflict("pickup_point_code_taken", `Pickup point code ${p.code} is taken`)
      }
      throw e
    }
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    await service.deletePickupPoints(createdId)
  }
)
