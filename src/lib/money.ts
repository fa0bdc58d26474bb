import { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * The one place where money is rounded. Amounts are major units (¥8.80 is 8.8) as Medusa big numbers;
 * rounding goes to the currency's minor unit (2 decimals for CNY, 0 for JPY), half away from zero.
 */
// bignumber.js rounding modes.
const ROUND_HALF_UP = 4
const ROUND_FLOOR = 3

const digitsCache = new Map<string, number>()

export function currencyDigits(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  let digits = digitsCache.get(code)
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2
    digitsCache.set(code, digits)
  }
  return digits
}

/** Rounds to the currency's minor unit (half away from zero). */
export function roundMoney(amount: BigNumberInput, currencyCode: string): BigNumber {
  const bn = MathBN.convert(amount)
  const digits = currencyDigits(currencyCode)
  // bignumber.js rounding mode 4 (ROUND_HALF_UP) rounds half away from zero.
  return new BigNumber(bn.decimalPlaces(digits, ROUND_HALF_UP))
}

/** Numeric value of a big number rounded to the currency's minor unit (for JSON responses). */
export function toMoneyNumber(amount: BigNumberInput, currencyCode: string): number {
  return roundMoney(amount, currencyCode).numeric
}

/**
 * Splits `total` across `weights` in proportion, rounded to the minor unit, so that the parts always add
 * up to exactly `total` (largest-remainder method; ties go to the earliest part). Used for refunds,
 * commission reversals and price protection.
 *
 * allocate(10, [1, 1, 1], "cny") → [3.34, 3.33, 3.33]
 */
export function allocate(
  total: BigNumberInput,
  weights: BigNumberInput[],
  currencyCode: string
): BigNumber[] {
  if (!weights.length) {
    return []
  }
  const digits = currencyDigits(currencyCode)
  const unit = MathBN.convert(1).shiftedBy(-digits)
  const totalBn = MathBN.convert(total)
  const weightBns = weights.map((w) => MathBN.convert(w))
  if (weightBns.some((w) => w.isNegative())) {
    throw new Error("allocate: weights must not be negative")
  }
  const weightSum = weightBns.reduce((a, b) => a.plus(b), MathBN.convert(0))
  const roundedTotal = totalBn.decimalPlaces(digits, ROUND_HALF_UP)
  if (weightSum.isZero()) {
    // Nothing to weigh by: everything goes to the first part.
    return weightBns.map((_, i) => new BigNumber(i === 0 ? roundedTotal : 0))
  }
  const sign = roundedTotal.isNegative() ? -1 : 1
  const absTotal = roundedTotal.abs()
  const exact = weightBns.map((w) => absTotal.times(w).div(weightSum))
  // Round every part down to the minor unit, then hand out the remaining units by largest remainder.
  const floored = exact.map((e) => e.decimalPlaces(digits, ROUND_FLOOR))
  let remainder = absTotal.minus(floored.reduce((a, b) => a.plus(b), MathBN.convert(0)))
  const order = exact
    .map((e, i) => ({ i, frac: e.minus(floored[i]) }))
    .sort((a, b) => (b.frac.comparedTo(a.frac) || a.i - b.i))
  const parts = [...floored]
  for (const { i } of order) {
    if (remainder.lt(unit)) {
      break
    }
    parts[i] = parts[i].plus(unit)
    remainder = remainder.minus(unit)
  }
  return parts.map((p) => new BigNumber(sign < 0 ? p.negated() : p))
}
