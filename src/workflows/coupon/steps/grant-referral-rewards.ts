import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { issueCouponWorkflow } from "../claim-coupon"
import { couponService } from "../utils/coupon-service"
import { loyaltyPort } from "../utils/loyalty"

type Referral = { id: string; referrer_id: string; invitee_id: string }
type Side = "referrer" | "invitee"
type Plan = { type: "none" | "points" | "coupon"; points: number | null; template_id: string | null }

/** Grants one side's reward; business failures are recorded on the reward row rather than thrown. */
async function grant(container: MedusaContainer, referral: Referral, side: Side, plan: Plan) {
  const service = couponService(container)
  const [existing] = await service.listReferralRewards({ referral_id: referral.id, beneficiary: side }, { take: 1 })
  if (existing || plan.type === "none") {
    return existing ?? null
  }
  const customerId = side === "referrer" ? referral.referrer_id : referral.invitee_id
  const reference = `referral:${referral.id}:${side}`
  const base = { referral_id: referral.id, beneficiary: side, customer_id: customerId }
  if (plan.type === "points") {
    const loyalty = loyaltyPort(container)
    if (!loyalty || !plan.points) {
      const [row] = await service.createReferralRewards([
        { ...base, kind: "points" as const, points: plan.points, status: "failed" as const, failure_reason: "loyalty_unavailable" },
      ])
      return row
    }
    await loyalty.creditPoints({ customer_id: customerId, points: plan.points, kind: "referral", reference, note: reference })
    const [row] = await service.createReferralRewards([{ ...base, kind: "points" as const, points: plan.points, status: "granted" as const }])
    return row
  }
  try {
    const { result: claim } = await issueCouponWorkflow(container).run({
      input: { template_id: plan.template_id!, customer_id: customerId, source: "referral", source_key: reference },
    })
    const [row] = await service.createReferralRewards([
      { ...base, kind: "coupon" as const, template_id: plan.template_id, claim_id: claim.id, status: "granted" as const },
    ])
    return row
  } catch (err) {
    const code = (err as { code?: string }).code ?? "coupon_issue_failed"
    const [row] = await service.createReferralRewards([
      { ...base, kind: "coupon" as const, template_id: plan.template_id, status: "failed" as const, failure_reason: code },
    ])
    return row
  }
}

export const grantReferralRewardsStepId = "grant-referral-rewards"

/**
 * Rewards both sides of a referral as the programme settings say (points through loyalty, or a coupon).
 * Each grant is keyed (points reference, coupon source_key, reward row per side), so a retry grants nothing
 * twice.
 */
export const grantReferralRewardsStep = createStep(
  grantReferralRewardsStepId,
  async (referral: Referral, { container }) => {
    const settings = await couponService(container).getReferralSettings()
    if (!settings.enabled) {
      return new StepResponse([])
    }
    const rewards = [
      await grant(container, referral, "referrer", {
        type: settings.referrer_reward_type,
        points: settings.referrer_points,
        template_id: settings.referrer_template_id,
      }),
      await grant(container, referral, "invitee", {
        type: settings.invitee_reward_type,
        points: settings.invitee_points,
        template_id: settings.invitee_template_id,
      }),
    ].filter((r) => r !== null)
    return new StepResponse(rewards)
  }
)
