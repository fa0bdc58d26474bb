import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid, refused } from "../../../lib/errors"
import { loadTemplate } from "./load-coupon-template"
import { couponService } from "../utils/coupon-service"
import { loyaltyPort } from "../utils/loyalty"

export type ReferralSettingsUpdate = {
  enabled?: boolean
  referrer_reward_type?: "none" | "points" | "coupon"
  referrer_points?: number | null
  referrer_template_id?: string | null
  invitee_reward_type?: "none" | "points" | "coupon"
  invitee_points?: number | null
  invitee_template_id?: string | null
}

export const updateReferralSettingsStepId = "update-referral-settings"

/** Validates and saves the programme: points need the loyalty module, coupons an existing template. */
export const updateReferralSettingsStep = createStep(
  updateReferralSettingsStepId,
  async (update: ReferralSettingsUpdate, { container }) => {
    const service = couponService(container)
    const current = await service.getReferralSettings()
    const next = { ...current, ...update }
    for (const side of ["referrer", "invitee"] as const) {
      const type = next[`${side}_reward_type`]
      if (type === "points") {
        if (!loyaltyPort(container)) {
          throw refused("loyalty_unavailable", "Points rewards need the loyalty module")
        }
        if (!next[`${side}_points`] || next[`${side}_points`]! < 1) {
          throw invalid("referral_settings_invalid", `${side}_points must be at least 1 for a points reward`)
        }
      }
      if (type === "coupon") {
        const templateId = next[`${side}_template_id`]
        if (!templateId) {
          throw invalid("referral_settings_invalid", `${side}_template_id is required for a coupon reward`)
        }
        await loadTemplate(container, templateId)
      }
    }
    const { id, enabled, referrer_reward_type, referrer_points, referrer_template_id, invitee_reward_type, invitee_points, invitee_template_id } = current
    const before = { id, enabled, referrer_reward_type, referrer_points, referrer_template_id, invitee_reward_type, invitee_points, invitee_template_id }
    const updated = await service.updateReferralSettings({ id: current.id, ...update })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      await couponService(container).updateReferralSettings(before)
    }
  }
)
