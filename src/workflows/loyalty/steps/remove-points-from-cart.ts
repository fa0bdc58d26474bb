import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartCreditLines } from "../utils/cart-credit"
import { loyaltyService } from "../utils/loyalty-service"

export const removePointsFromCartStepId = "remove-points-from-cart"

export type ReleasedQuote = { id: string; credit_line_id: string | null }
type Container = MedusaContainer | { resolve: MedusaContainer["resolve"] }

/** Releases the cart's quoted points (status `released`) and removes their credit line. */
export async function releaseCartPoints(container: Container, cartId: string): Promise<ReleasedQuote[]> {
  const service = loyaltyService(container)
  const quoted = await service.listLoyaltyRedemptions({ cart_id: cartId, status: "quoted" })
  if (!quoted.length) {
    return []
  }
  const lines = quoted.map((q) => q.credit_line_id).filter((id): id is string => !!id)
  if (lines.length) {
    await cartCreditLines(container).softDeleteCreditLines(lines)
  }
  await service.updateLoyaltyRedemptions(quoted.map((q) => ({ id: q.id, status: "released" as const })))
  return quoted.map((q) => ({ id: q.id, credit_line_id: q.credit_line_id }))
}

/** Puts released quotes back (compensation). */
export async function reinstateCartPoints(container: Container, released: ReleasedQuote[]) {
  if (!released.length) {
    return
  }
  const lines = released.map((q) => q.credit_line_id).filter((id): id is string => !!id)
  if (lines.length) {
    await cartCreditLines(container).restoreCreditLines(lines)
  }
  await loyaltyService(container).updateLoyaltyRedemptions(released.map((q) => ({ id: q.id, status: "quoted" as const })))
}

/** Takes the points off a cart: the quote is released, the credit line goes, the quote is as before. */
export const removePointsFromCartStep = createStep(
  removePointsFromCartStepId,
  async (input: { cart_id: string }, { container }) => {
    const released = await releaseCartPoints(container, input.cart_id)
    return new StepResponse({ released: released.length }, released)
  },
  async (released, { container }) => {
    if (!released) {
      return
    }
    await reinstateCartPoints(container, released)
  }
)
