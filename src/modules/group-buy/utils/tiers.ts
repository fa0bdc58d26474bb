import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { roundMoney } from "../../../lib/money"

/**
 * Tier arithmetic, pure. A tier is `{ threshold, price }` in one currency: from `threshold` members (team)
 * or units (community) on, one unit costs `price`. Tiers of a currency are sorted by threshold with
 * falling prices, so a bigger group is never dearer; the first threshold is the success threshold.
 */
export type Tier = { threshold: number; price: BigNumberInput }

export function sortTiers<T extends Tier>(tiers: T[]): T[] {
  return [...tiers].sort((a, b) => a.threshold - b.threshold)
}

/** Why a tier list cannot be used (null: fine). Thresholds whole and rising, prices falling, within `max`. */
export function tierListProblem(tiers: Tier[], maxPerGroup: number): string | null {
  if (!tiers.length) {
    return "at least one tier is required"
  }
  const sorted = sortTiers(tiers)
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]
    if (!Number.isInteger(t.threshold) || t.threshold < 1) {
      return `threshold ${t.threshold} must be a whole number of at least 1`
    }
    if (!MathBN.gt(t.price, 0)) {
      return `the price of threshold ${t.threshold} must be positive`
    }
    if (t.threshold > maxPerGroup) {
      return `threshold ${t.threshold} is above the group maximum ${maxPerGroup}`
    }
    if (i > 0) {
      const prev = sorted[i - 1]
      if (t.threshold === prev.threshold) {
        return `threshold ${t.threshold} appears twice`
      }
      if (!MathBN.lt(t.price, prev.price)) {
        return `the price at threshold ${t.threshold} must be below the price at ${prev.threshold}`
      }
    }
  }
  return null
}

/** The tier reached at `count` (null below the first threshold). */
export function tierAt<T extends Tier>(tiers: T[], count: number): T | null {
  let reached: T | null = null
  for (const t of sortTiers(tiers)) {
    if (t.threshold <= count) {
      reached = t
    }
  }
  return reached
}

/** The next tier above `count` (null when the last one is reached). */
export function nextTier<T extends Tier>(tiers: T[], count: number): T | null {
  return sortTiers(tiers).find((t) => t.threshold > count) ?? null
}

/**
 * The unit price at `count` members/units: the reached tier's price, or the first tier's price below the
 * first threshold (a group that has not succeeded yet still charges its first tier).
 */
export function unitPriceAt(tiers: Tier[], count: number): BigNumberInput {
  const sorted = sortTiers(tiers)
  if (!sorted.length) {
    throw new Error("unitPriceAt: no tiers")
  }
  return (tierAt(sorted, count) ?? sorted[0]).price
}

/** The success threshold: the first tier's. */
export function successThreshold(tiers: Tier[]): number {
  const sorted = sortTiers(tiers)
  if (!sorted.length) {
    throw new Error("successThreshold: no tiers")
  }
  return sorted[0].threshold
}

/**
 * What a joiner pays: the price at the count the group has WITH them (team: one more member; community:
 * their quantity more), so they never pay less than their place earns. `slotsUsed` counts pending and
 * confirmed members (team) or units (community).
 */
export function joinPrice(tiers: Tier[], slotsUsed: number, weight: number): BigNumberInput {
  return unitPriceAt(tiers, slotsUsed + weight)
}

/**
 * Price protection at close: `(paid − final) × quantity` for a member who paid more than the final tier
 * price, else 0; rounded to the currency's minor unit.
 * tiers 2→9.90, 3→8.80, closed at 3: a member who paid 9.90 for 1 unit gets (9.90 − 8.80) × 1 = 1.10 back.
 */
export function protectionRefund(
  paid: BigNumberInput,
  finalPrice: BigNumberInput,
  quantity: number,
  currencyCode: string
): BigNumberInput {
  const diff = MathBN.sub(paid, finalPrice)
  if (!MathBN.gt(diff, 0)) {
    return roundMoney(0, currencyCode)
  }
  return roundMoney(MathBN.mult(diff, quantity), currencyCode)
}
