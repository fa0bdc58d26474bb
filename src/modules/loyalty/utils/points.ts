import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { currencyDigits } from "../../../lib/money"

// bignumber.js rounding modes
const ROUND_DOWN = 1
const ROUND_HALF_UP = 4

/**
 * Points earned for an amount paid: `floor(amount × pointsPerUnit)`, then × the tier multiplier, rounded
 * down again (the "rounded down, multiplied by the tier multiplier").
 *
 * earnedPoints(99.9, 1, 1.5) → 148   // floor(99.9) = 99; 99 × 1.5 = 148.5 → 148
 */
export function earnedPoints(
  amount: BigNumberInput,
  pointsPerUnit: BigNumberInput,
  multiplier: BigNumberInput
): number {
  const amt = MathBN.convert(amount)
  if (amt.lte(0)) {
    return 0
  }
  const base = amt.times(MathBN.convert(pointsPerUnit)).integerValue(ROUND_DOWN)
  return base.times(MathBN.convert(multiplier)).integerValue(ROUND_DOWN).toNumber()
}

/**
 * How many of an order's earned points should be reversed in total once `refunded` of the `paid` base
 * has been refunded: in proportion, rounded half up, never more than earned. Cumulative, so replaying or
 * reordering refund events converges on the same figure.
 *
 * reversalTarget(100, 200, 50) → 25
 */
export function reversalTarget(earned: number, paid: BigNumberInput, refunded: BigNumberInput): number {
  const paidBn = MathBN.convert(paid)
  const refundedBn = MathBN.convert(refunded)
  if (earned <= 0 || refundedBn.lte(0)) {
    return 0
  }
  if (paidBn.lte(0) || refundedBn.gte(paidBn)) {
    return earned
  }
  const target = MathBN.convert(earned).times(refundedBn).div(paidBn).integerValue(ROUND_HALF_UP).toNumber()
  return Math.min(earned, target)
}

/**
 * Smallest number of points that converts to a whole minor unit of the currency, e.g. 1 when 100 points
 * are ¥1 (1 point = ¥0.01), 10 when 1000 points are ¥1.
 */
export function redeemStep(pointsPerUnit: number, currencyCode: string): number {
  const minorPerUnit = 10 ** currencyDigits(currencyCode)
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  return pointsPerUnit / gcd(pointsPerUnit, minorPerUnit)
}

/** The money value of points, e.g. pointsToAmount(150, 100, "cny") → 1.5. */
export function pointsToAmount(points: number, pointsPerUnit: number, currencyCode: string) {
  return MathBN.convert(points).div(pointsPerUnit).decimalPlaces(currencyDigits(currencyCode), ROUND_DOWN)
}

export type RedeemQuote = {
  /** Most points that may pay for this cart now: min(balance, cap), a multiple of the step. */
  max_points: number
  /** Largest discount the cap allows: share × items total, rounded down to the minor unit. */
  cap_amount: number
  step: number
}

/**
 * The redeem limits for a cart: at most `maxShare` of the items total, at most the balance, in whole
 * steps. quoteRedeem({ itemTotal: 35.8, balance: 5000, pointsPerUnit: 100, maxShare: 0.5, currencyCode: "cny" })
 * → { cap_amount: 17.9, max_points: 1790, step: 1 }
 */
export function quoteRedeem({
  itemTotal,
  balance,
  pointsPerUnit,
  maxShare,
  currencyCode,
}: {
  itemTotal: BigNumberInput
  balance: number
  pointsPerUnit: number
  maxShare: BigNumberInput
  currencyCode: string
}): RedeemQuote {
  const digits = currencyDigits(currencyCode)
  const total = MathBN.convert(itemTotal)
  const capAmount = total.lte(0)
    ? MathBN.convert(0)
    : total.times(MathBN.convert(maxShare)).decimalPlaces(digits, ROUND_DOWN)
  const step = redeemStep(pointsPerUnit, currencyCode)
  const capPoints = capAmount.times(pointsPerUnit).integerValue(ROUND_DOWN).toNumber()
  const max = Math.max(0, Math.min(capPoints, balance))
  return { max_points: max - (max % step), cap_amount: capAmount.toNumber(), step }
}
