/**
 * Check-in rewards by streak day. `rewards[0]` is day 1; after the last day the cycle restarts at day 1.
 *
 * checkinReward([5, 5, 10], 4) → 5   // day 4 is day 1 of the next cycle
 */
export function checkinReward(rewards: number[], streak: number): number {
  if (!rewards.length || streak < 1) {
    return 0
  }
  return rewards[(streak - 1) % rewards.length]
}

/** Streak of a check-in: one more than yesterday's, or 1 after a missed day. */
export function nextStreak(yesterdayStreak: number | null | undefined): number {
  return yesterdayStreak && yesterdayStreak > 0 ? yesterdayStreak + 1 : 1
}
