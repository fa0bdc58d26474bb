import { DateTime } from "luxon"

/**
 * When points earned at `earnedAt` expire: they stay valid through the same store day `months` months
 * later and expire at the start of the following store day. `months` 0 means never (null).
 *
 * pointsExpiry(2026-03-15T10:00+08:00, 12, "Asia/Shanghai") → 2027-03-16T00:00+08:00 (2027-03-15T16:00Z)
 */
export function pointsExpiry(earnedAt: Date, months: number, timeZone: string): Date | null {
  if (!months || months <= 0) {
    return null
  }
  return DateTime.fromJSDate(earnedAt, { zone: timeZone })
    .startOf("day")
    .plus({ months })
    .plus({ days: 1 })
    .toJSDate()
}

/** The first and last store day (YYYY-MM-DD) of a month "YYYY-MM", and every day in between. */
export function monthDays(month: string): { first: string; last: string; days: string[] } {
  const start = DateTime.fromISO(`${month}-01`, { zone: "UTC" })
  if (!start.isValid || !/^\d{4}-\d{2}$/.test(month)) {
    throw new Error(`invalid month ${month}`)
  }
  const days: string[] = []
  for (let d = start; d.month === start.month; d = d.plus({ days: 1 })) {
    days.push(d.toISODate()!)
  }
  return { first: days[0], last: days[days.length - 1], days }
}
