import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refused } from "../../../lib/errors"
import { isNewCustomer } from "../utils/audience"
import { couponService } from "../utils/coupon-service"
import { bindReferralByCode } from "../utils/referral"

export const bindReferralStepId = "bind-referral"

/**
 * Binds a customer to the owner of a referral code after registration (a code typed in later, or a share
 * link opened while logged in). Only while the customer is new: referral rewards are for first orders.
 */
export const bindReferralStep = createStep(
  bindReferralStepId,
  async (input: { customer_id: string; code: string; source: "bind" | "share" }, { container }) => {
    if (!(await isNewCustomer(container, input.customer_id))) {
      throw refused("referral_not_new_customer", "Only customers who have not ordered yet can enter a referral code")
    }
    const referral = await bindReferralByCode(container, { invitee_id: input.customer_id, code: input.code, source: input.source })
    return new StepResponse(referral, referral.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) {
      await couponService(container).deleteReferrals([id])
    }
  }
)

export const markReferralRewardedStepId = "mark-referral-rewarded"

/** The customer of an order, and their referral if this order is the first to complete since binding. */
export const markReferralRewardedStep = createStep(
  markReferralRewardedStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: input.order_id } })
    const customerId = data[0]?.customer_id
    if (!customerId) {
      return new StepResponse(null, null)
    }
    const referral = await couponService(container).markReferralRewarded({ invitee_id: customerId, order_id: input.order_id })
    return new StepResponse(referral, referral ? { referral_id: referral.id, order_id: input.order_id } : null)
  },
  async (undo: { referral_id: string; order_id: string } | null | undefined, { container }) => {
    if (undo) {
      await couponService(container).unmarkReferralRewarded(undo)
    }
  }
)
