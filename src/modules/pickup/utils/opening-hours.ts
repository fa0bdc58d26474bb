import { DateTime } from "luxon"

/**
 * Opening hours of a pickup point, per weekday, as local wall-clock intervals in the store's time zone.
 * An interval whose `close` is not after its `open` runs past midnight into the next day
 * ({ open: "20:00", close: "02:00" }). A weekday with no interval is a closed day.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type OpeningInterval = { open: string; close: string }
export type OpeningHours = Record<Weekday, OpeningInterval[]>

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/

export function isValidTime(value: string): boolean {
  return HHMM.test(value)
}

function minutes(hhmm: string): number {
  const m = HHMM.exec(hhmm)
  if (!m) {
    throw new Error(`Invalid time "${hhmm}", expected HH:mm`)
  }
  return Number(m[1]) * 60 + Number(m[2])
}

/** The same intervals every day, e.g. "08:00-21:00" or "07:00-11:00,16:00-20:00". */
export function everyDay(spec: string): OpeningHours {
  const intervals = spec.split(",").map((part) => {
    const [open, close] = part.trim().split("-")
    minutes(open)
    minutes(close)
    return { open, close }
  })
  return Object.fromEntries(WEEKDAYS.map((d) => [d, intervals.map((i) => ({ ...i }))])) as OpeningHours
}

/** Checks the shape of opening hours; returns a list of problems (empty when valid). */
export function validateOpeningHours(hours: Partial<Record<string, OpeningInterval[]>>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      problems.push(`unknown weekday "${key}"`)
    }
  }
  for (const day of WEEKDAYS) {
    for (const interval of hours[day] ?? []) {
      if (!isValidTime(interval.open) || !isValidTime(interval.close)) {
        problems.push(`${day}: "${interval.open}-${interval.close}" is not HH:mm-HH:mm`)
      } else if (interval.open === interval.close) {
        problems.push(`${day}: an interval cannot open and close at ${interval.open}`)
      }
    }
  }
  return problems
}

/** Fills missing weekdays with "closed" so that every weekday is present. */
export function normalizeOpeningHours(hours: Partial<Record<Weekday, OpeningInterval[]>>): OpeningHours {
  return Object.fromEntries(
    WEEKDAYS.map((d) => [d, (hours[d] ?? []).map((i) => ({ open: i.open, close: i.close }))])
  ) as OpeningHours
}

/** Whether the point is open at instant `at`, reading its hours in `timeZone`. */
export function isOpenAt(hours: Partial<Record<Weekday, OpeningInterval[]>>, at: Date, timeZone: string): boolean {
  const local = DateTime.fromJSDate(at, { zone: timeZone })
  const now = local.hour * 60 + local.minute
  const today = WEEKDAYS[local.weekday - 1]
  const yesterday = WEEKDAYS[(local.weekday + 5) % 7]
  for (const { open, close } of hours[today] ?? []) {
    const o = minutes(open)
    const c = minutes(close)
    if (c > o ? now >= o && now < c : now >= o) {
      return true
    }
  }
  // Yesterday's intervals that run past midnight.
  for (const { open, close } of hours[yesterday] ?? []) {
    const o = minutes(open)
    const c = minutes(close)
    if (c <= o && now < c) {
      return true
    }
  }
  return false
}
