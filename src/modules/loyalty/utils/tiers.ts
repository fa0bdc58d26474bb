import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export type TierLike = { id: string; rank: number; min_spend: BigNumberInput }

/** The highest tier whose minimum spend is reached; null when none is (or there are no tiers). */
export function qualifiedTier<T extends TierLike>(tiers: T[], spend: BigNumberInput): T | null {
  const s = MathBN.convert(spend)
  return (
    [...tiers]
      .sort((a, b) => b.rank - a.rank)
      .find((t) => MathBN.convert(t.min_spend).lte(s)) ?? null
  )
}

/** The tier right above `current` (by rank), or the lowest tier when the customer has none. */
export function nextTier<T extends TierLike>(tiers: T[], current: T | null): T | null {
  const sorted = [...tiers].sort((a, b) => a.rank - b.rank)
  return sorted.find((t) => !current || t.rank > current.rank) ?? null
}

/**
 * Whether an evaluation changes the tier: upgrades apply at once (`mode: "upgrade"` ignores a lower
 * qualified tier); the yearly review (`mode: "review"`) also moves customers down.
 */
export function tierChange<T extends TierLike>(
  current: T | null,
  qualified: T | null,
  mode: "upgrade" | "review"
): T | null | undefined {
  const currentRank = current?.rank ?? -Infinity
  const qualifiedRank = qualified?.rank ?? -Infinity
  if (qualifiedRank > currentRank) {
    return qualified
  }
  if (mode === "review" && qualifiedRank < currentRank) {
    return qualified
  }
  return undefined
}

/** Spend still needed to reach `next`, never negative; and the progress from `current` to it, 0..1. */
export function tierProgress(
  spend: BigNumberInput,
  current: TierLike | null,
  next: TierLike | null
): { spend_to_next: number | null; progress: number } {
  if (!next) {
    return { spend_to_next: null, progress: 1 }
  }
  const s = MathBN.convert(spend)
  const from = MathBN.convert(current?.min_spend ?? 0)
  const to = MathBN.convert(next.min_spend)
  const needed = MathBN.max(to.minus(s), 0)
  const span = to.minus(from)
  const progress = span.lte(0) ? 1 : Math.min(1, Math.max(0, s.minus(from).div(span).toNumber()))
  return { spend_to_next: needed.toNumber(), progress: Math.round(progress * 10000) / 10000 }
}
