import { addStoreDays, storeDay, storeTime } from "../../../lib/store-settings"

/**
 * A community deal's groups end at the campaign's daily cutoff ("HH:mm", store time zone). An order placed
 * before today's cutoff belongs to today's batch; after it, to tomorrow's.
 */
export function cutoffFor(now: Date, cutoffTime: string, timeZone?: string): { cutoff_day: string; expires_at: Date } {
  const today = storeDay(now, timeZone)
  const todayCutoff = storeTime(today, cutoffTime, timeZone)
  if (now.getTime() < todayCutoff.getTime()) {
    return { cutoff_day: today, expires_at: todayCutoff }
  }
  const tomorrow = addStoreDays(today, 1)
  return { cutoff_day: tomorrow, expires_at: storeTime(tomorrow, cutoffTime, timeZone) }
}

/** A team group's end: its lifetime from now, never after the campaign's end. */
export function teamExpiry(now: Date, lifetimeHours: number, campaignEndsAt: Date): Date {
  const end = now.getTime() + lifetimeHours * 3600 * 1000
  return new Date(Math.min(end, campaignEndsAt.getTime()))
}
