import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../lib/errors"
import { encryptSecret } from "../../../lib/secrets"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import { maskIdNumber } from "../../../modules/leader/utils/binding"
import type { SubmitLeaderApplicationInput } from "../types"

export const createApplicationStepId = "create-leader-application"

/** Stores the application; the identity number only encrypted and masked. One open per customer. */
export const createApplicationStep = createStep(
  createApplicationStepId,
  async (input: SubmitLeaderApplicationInput, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const idNumber = input.id_number.trim().toUpperCase()
    try {
      const app = await service.createLeaderApplications({
        customer_id: input.customer_id,
        name: input.name,
        phone: input.phone,
        community: input.community,
        id_number_encrypted: encryptSecret(idNumber),
        id_number_masked: maskIdNumber(idNumber),
        point_name: input.pickup_point.name,
        address: input.pickup_point.address,
        latitude: input.pickup_point.latitude,
        longitude: input.pickup_point.longitude,
        opening_hours: input.pickup_point.opening_hours,
        photo_url: input.pickup_point.photo_url ?? null,
      })
      return new StepResponse(app, app.id)
    } catch (e) {
      if ((e as { type?: string })?.type === "duplicate_error" || /already exists/.test(String(e))) {
        throw conflict("application_open", `Customer ${input.customer_id} already has an open application`)
      }
      throw e
    }
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    await service.deleteLeaderApplications(id)
  }
)
