import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { claimCouponStep } from "./steps/claim-coupon"
import { validateCustomerClaimStep, validateIssueStep, type IssueInput } from "./steps/validate-claim"

export const COUPON_CLAIMED_EVENT = "coupon.claimed"

export const claimCouponWorkflowId = "claim-coupon"

/** A customer claims a coupon from a template into their wallet (领券). Emits coupon.claimed. */
export const claimCouponWorkflow = createWorkflow(
  claimCouponWorkflowId,
  (input: { template_id: string; customer_id: string; now?: Date }) => {
    const claimInput = validateCustomerClaimStep(input)
    const claim = claimCouponStep(claimInput)
    emitEventStep({
      eventName: COUPON_CLAIMED_EVENT,
      data: transform({ claim }, ({ claim }) => ({
        id: claim.id,
        template_id: claim.template_id,
        customer_id: claim.customer_id,
        source: "claim",
      })),
    })
    return new WorkflowResponse(claim)
  }
)

export const issueCouponWorkflowId = "issue-coupon"

/**
 * Puts a coupon into a customer's wallet on the store's initiative: an operator's issue, the new-user gift,
 * a referral reward. Idempotent by source_key. Emits coupon.claimed when it created one.
 */
export const issueCouponWorkflow = createWorkflow(issueCouponWorkflowId, (input: IssueInput) => {
  const claimInput = validateIssueStep(input)
  const claim = claimCouponStep(claimInput)
  when({ claim }, ({ claim }) => claim.created).then(() => {
    emitEventStep({
      eventName: COUPON_CLAIMED_EVENT,
      data: transform({ claim, input }, ({ claim, input }) => ({
        id: claim.id,
        template_id: claim.template_id,
        customer_id: claim.customer_id,
        source: input.source,
      })),
    })
  })
  return new WorkflowResponse(claim)
})
