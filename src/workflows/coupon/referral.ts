import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { grantReferralRewardsStep } from "./steps/grant-referral-rewards"
import { bindReferralStep, markReferralRewardedStep } from "./steps/referral"

export const REFERRAL_REWARDED_EVENT = "referral.rewarded"

export const bindReferralWorkflowId = "bind-referral"

/** A logged-in new customer enters (or opens a share link with) a referral code. */
export const bindReferralWorkflow = createWorkflow(
  bindReferralWorkflowId,
  (input: { customer_id: string; code: string; source: "bind" | "share" }) => {
    const referral = bindReferralStep(input)
    return new WorkflowResponse(referral)
  }
)

export const rewardReferralWorkflowId = "reward-referral"

/**
 * Runs on every completed order: if it is the first completed order of an invited customer, both sides get
 * their rewards, exactly once (a conditional update decides "first"). Emits referral.rewarded.
 */
export const rewardReferralWorkflow = createWorkflow(rewardReferralWorkflowId, (input: { order_id: string }) => {
  const referral = markReferralRewardedStep(input)
  const rewards = when({ referral }, ({ referral }) => !!referral).then(() => {
    const granted = grantReferralRewardsStep(transform({ referral }, ({ referral }) => referral!))
    emitEventStep({
      eventName: REFERRAL_REWARDED_EVENT,
      data: transform({ referral, input }, ({ referral, input }) => ({
        id: referral!.id,
        referrer_id: referral!.referrer_id,
        invitee_id: referral!.invitee_id,
        order_id: input.order_id,
      })),
    })
    return granted
  })
  return new WorkflowResponse({ referral, rewards })
})
