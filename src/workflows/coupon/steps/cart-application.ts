import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../../lib/errors"
import { couponService } from "../utils/coupon-service"

type Application = { claim_id: string; cart_id: string; customer_id: string }

export const createCouponApplicationStepId = "create-coupon-application"

/** Puts the claim on the cart (idempotent: applying the same coupon twice keeps one application). */
export const createCouponApplicationStep = createStep(
  createCouponApplicationStepId,
  async (input: Application, { container }) => {
    const service = couponService(container)
    const [existing] = await service.listCouponApplications({ claim_id: input.claim_id, cart_id: input.cart_id }, { take: 1 })
    if (existing) {
      return new StepResponse<{ id: string }, string | null>({ id: existing.id }, null)
    }
    const [created] = await service.createCouponApplications([input])
    return new StepResponse<{ id: string }, string | null>({ id: created.id }, created.id)
  },
  async (id: string | null | undefined, { container }) => {
    if (id) {
      await couponService(container).deleteCouponApplications([id])
    }
  }
)

export const deleteCouponApplicationStepId = "delete-coupon-application"

/** Takes the claim off the customer's cart (404 if it is not on it). */
export const deleteCouponApplicationStep = createStep(
  deleteCouponApplicationStepId,
  async (input: Application, { container }) => {
    const service = couponService(container)
    const [existing] = await service.listCouponApplications(input, { take: 1 })
    if (!existing) {
      throw notFound("coupon_not_applied", `Coupon ${input.claim_id} is not applied to cart ${input.cart_id}`)
    }
    await service.deleteCouponApplications([existing.id])
    return new StepResponse(existing.id, input)
  },
  async (input: Application | undefined, { container }) => {
    if (input) {
      await couponService(container).createCouponApplications([input])
    }
  }
)
