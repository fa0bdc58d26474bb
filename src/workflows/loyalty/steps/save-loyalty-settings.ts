import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LoyaltySettingsValues, TierInput } from "../../../modules/loyalty/types"
import { syncFreeShippingPromotion } from "../utils/free-shipping"
import { loyaltyService } from "../utils/loyalty-service"

const hasThreshold = (tiers: { free_shipping_threshold?: number | string | null }[] | undefined) =>
  (tiers ?? []).some((t) => t.free_shipping_threshold !== null && t.free_shipping_threshold !== undefined)

export const saveLoyaltySettingsStepId = "save-loyalty-settings"

export type SaveLoyaltySettingsInput = { settings: Partial<LoyaltySettingsValues>; tiers?: TierInput[] }

/** Saves the programme's settings (and tiers when given); compensation puts the previous ones back. */
export const saveLoyaltySettingsStep = createStep(
  saveLoyaltySettingsStepId,
  async (input: SaveLoyaltySettingsInput, { container }) => {
    const service = loyaltyService(container)
    const before = await service.getSettingsSnapshot()
    await service.saveSettings(input.settings, input.tiers)
    const after = await service.getSettingsSnapshot()
    await syncFreeShippingPromotion(container, hasThreshold(after.tiers))
    return new StepResponse(after, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await loyaltyService(container).saveSettings(before.settings, before.tiers)
    await syncFreeShippingPromotion(container, hasThreshold(before.tiers))
  }
)
