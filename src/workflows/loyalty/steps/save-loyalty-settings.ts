import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltySettingsValues, TierInput } from "../../../modules/loyalty/types"
import { loyaltyService } from "../utils/loyalty-service"

export const saveLoyaltySettingsStepId = "save-loyalty-settings"

export type SaveLoyaltySettingsInput = { settings: Partial<LoyaltySettingsValues>; tiers?: TierInput[] }

/** Saves the programme's settings (and tiers when given); compensation puts the previous ones back. */
export const saveLoyaltySettingsStep = createStep(
  saveLoyaltySettingsStepId,
  async (input: SaveLoyaltySettingsInput, { container }) => {
    const service = loyaltyService(container)
    const before = await service.getSettingsSnapshot()
    await service.saveSettings(input.settings, input.tiers)
    return new StepResponse(await service.getSettingsSnapshot(), before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await loyaltyService(container).saveSettings(before.settings, before.tiers)
  }
)
