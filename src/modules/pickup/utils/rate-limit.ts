/**
 * Wrong pickup codes are rate limited per pickup point (or per operator when no point is given): at most
 * MAX_WRONG_CODES in a fixed window of WINDOW_MINUTES; past that, every verification in that scope is
 * refused until the window ends.
 */
export const MAX_WRONG_CODES = 10
export const WINDOW_MINUTES = 15

/** Start of the fixed window `at` falls in. */
export function windowStart(at: Date, minutes = WINDOW_MINUTES): Date {
  const ms = minutes * 60 * 1000
  return new Date(Math.floor(at.getTime() / ms) * ms)
}

export function rateLimitScope(pickupPointId: string | null | undefined, actorId: string): string {
  return pickupPointId ? `point:${pickupPointId}` : `user:${actorId}`
}
