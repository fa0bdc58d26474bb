import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, forbidden, invalid, notFound, refused } from "../../../lib/errors"
import { pointsToAmount, quoteRedeem } from "../../../modules/loyalty/utils/points"
import { loyaltyService } from "../utils/loyalty-service"

export const validatePointsOnCartStepId = "validate-points-on-cart"

export type PointsCart = {
  id: string
  customer_id?: string | null
  currency_code: string
  completed_at?: string | Date | null
  item_total?: unknown
}

export type ValidatePointsOnCartInput = { cart: PointsCart | undefined; cart_id: string; customer_id: string; points: number }

/**
 * Whether `points` may pay for this cart now: the customer's own open cart in the programme's currency,
 * a positive multiple of the step, at most the balance (`insufficient_points`) and at most the cap
 * (`points_cap_exceeded`: share × items total). Answers the discount amount.
 */
export const validatePointsOnCartStep = createStep(
  validatePointsOnCartStepId,
  async ({ cart, cart_id, customer_id, points }: ValidatePointsOnCartInput, { container }) => {
    if (!cart) {
      throw notFound("cart_not_found", `Cart ${cart_id} was not found`)
    }
    if (cart.customer_id !== customer_id) {
      throw forbidden("cart_not_yours", `Cart ${cart.id} does not belong to customer ${customer_id}`)
    }
    if (cart.completed_at) {
      throw conflict("cart_completed", `Cart ${cart.id} is already completed`)
    }
    const service = loyaltyService(container)
    const settings = await service.getSettings()
    if (cart.currency_code.toLowerCase() !== settings.currency_code.toLowerCase()) {
      throw refused("points_currency_unsupported", `Points pay only for ${settings.currency_code} carts, cart ${cart.id} is in ${cart.currency_code}`)
    }
    const balance = await service.getBalance(customer_id)
    const quote = quoteRedeem({
      itemTotal: MathBN.convert((cart.item_total ?? 0) as number),
      balance: Number.MAX_SAFE_INTEGER,
      pointsPerUnit: settings.redeem_points_per_unit,
      maxShare: settings.redeem_max_share,
      currencyCode: cart.currency_code,
    })
    if (!Number.isSafeInteger(points) || points <= 0 || points % quote.step !== 0) {
      throw invalid("invalid_points", `Points must be a positive multiple of ${quote.step}, got ${points}`)
    }
    if (points > balance) {
      throw refused("insufficient_points", `Customer ${customer_id} has ${balance} points, ${points} requested`)
    }
    if (points > quote.max_points) {
      throw refused(
        "points_cap_exceeded",
        `At most ${quote.max_points} points (${quote.cap_amount} ${cart.currency_code.toUpperCase()}) may pay for cart ${cart.id}`
      )
    }
    const amount = pointsToAmount(points, settings.redeem_points_per_unit, cart.currency_code).toNumber()
    return new StepResponse({ points, amount, currency_code: cart.currency_code.toLowerCase() })
  }
)
