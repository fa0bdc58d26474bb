import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartCreditLines, POINTS_CREDIT_REFERENCE } from "../utils/cart-credit"
import { loyaltyService } from "../utils/loyalty-service"
import { releaseCartPoints, reinstateCartPoints, type ReleasedQuote } from "./remove-points-from-cart"

export const applyPointsToCartStepId = "apply-points-to-cart"

export type ApplyPointsToCartInput = { cart_id: string; customer_id: string; points: number; amount: number; currency_code: string }

type Undo = { redemption_id: string; credit_line_id: string | null; released: ReleasedQuote[] }

/**
 * Quotes points on a cart: replaces any earlier quote, records a `quoted` redemption and adds the credit
 * line that shows the discount in the cart totals. Nothing is debited until the order is placed.
 */
export const applyPointsToCartStep = createStep(
  applyPointsToCartStepId,
  async (input: ApplyPointsToCartInput, { container }) => {
    const service = loyaltyService(container)
    const released = await releaseCartPoints(container, input.cart_id)
    const redemption = await service.createLoyaltyRedemptions({
      customer_id: input.customer_id,
      cart_id: input.cart_id,
      points: input.points,
      amount: input.amount,
      currency_code: input.currency_code,
      status: "quoted",
    })
    const undo: Undo = { redemption_id: redemption.id, credit_line_id: null, released }
    try {
      const [line] = await cartCreditLines(container).createCreditLines([
        {
          cart_id: input.cart_id,
          amount: input.amount,
          reference: POINTS_CREDIT_REFERENCE,
          reference_id: redemption.id,
          metadata: { points: input.points },
        },
      ])
      undo.credit_line_id = line.id
      await service.updateLoyaltyRedemptions({ id: redemption.id, credit_line_id: line.id })
    } catch (e) {
      await undoApply(container, undo)
      throw e
    }
    return new StepResponse({ redemption_id: redemption.id, points: input.points, amount: input.amount }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await undoApply(container, undo)
  }
)

async function undoApply(container: Parameters<typeof loyaltyService>[0], undo: Undo) {
  if (undo.credit_line_id) {
    await cartCreditLines(container).deleteCreditLines([undo.credit_line_id])
  }
  await loyaltyService(container).deleteLoyaltyRedemptions([undo.redemption_id])
  await reinstateCartPoints(container, undo.released)
}
