import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimInput } from "../../../modules/coupon/types"
import { couponService } from "../utils/coupon-service"

export const claimCouponStepId = "claim-coupon"

/** Takes one coupon from the template into the customer's wallet; compensation gives it back. */
export const claimCouponStep = createStep(
  claimCouponStepId,
  async (input: ClaimInput, { container }) => {
    const claim = await couponService(container).claimCoupon(input)
    return new StepResponse(claim, claim.created ? claim.id : null)
  },
  async (claimId: string | null | undefined, { container }) => {
    if (claimId) {
      await couponService(container).revokeClaim(claimId)
    }
  }
)
