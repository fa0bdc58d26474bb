import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { forbidden, invalid } from "../../../lib/errors"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import type { PickupOrderDTO } from "../../../modules/pickup/types"
import { MAX_WRONG_CODES, rateLimitScope, WINDOW_MINUTES } from "../../../modules/pickup/utils/rate-limit"

export const resolvePickupCodeStepId = "resolve-pickup-code"

export type VerifyPickupCodeInput = {
  code: string
  actor_id: string
  actor_kind: "leader" | "operator"
  /** The leader's point (required for leaders); an operator may name the point they are at. */
  pickup_point_id?: string | null
  at?: Date
}

export function tooManyAttempts(): MedusaError {
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Too many wrong pickup codes: at most ${MAX_WRONG_CODES} per ${WINDOW_MINUTES} minutes; try again later`,
    "too_many_attempts"
  )
}

/**
 * Finds the pickup order of a typed code. Wrong codes (unknown, or another point's) count against the
 * point's rate limit; past the limit every attempt at that point is refused until the window ends.
 */
export const resolvePickupCodeStep = createStep(
  resolvePickupCodeStepId,
  async (input: VerifyPickupCodeInput, { container }) => {
    const service: PickupModuleService = container.resolve(PICKUP_MODULE)
    const at = input.at ?? new Date()
    const scope = rateLimitScope(input.pickup_point_id, input.actor_id)
    if (await service.isRateLimited(scope, at)) {
      throw tooManyAttempts()
    }
    const found: PickupOrderDTO | null = await service.findByCode(input.code)
    const wrongPoint = !!found && !!input.pickup_point_id && found.pickup_point_id !== input.pickup_point_id
    if (!found || wrongPoint) {
      if (!(await service.countWrongCode(scope, at))) {
        throw tooManyAttempts()
      }
      if (wrongPoint) {
        throw forbidden("wrong_pickup_point", "This pickup code belongs to an order of another pickup point")
      }
      throw invalid("invalid_pickup_code", "No order has this pickup code")
    }
    return new StepResponse(found)
  }
)
