import type { OpeningHours } from "../hooks/use-leaders"

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** One weekday's intervals as text: "08:00-12:00, 14:00-21:00"; "" when closed. */
export function formatDayHours(intervals: { open: string; close: string }[] | undefined): string {
  return (intervals ?? []).map((i) => `${i.open}-${i.close}`).join(", ")
}

/**
 * Parses what an operator or a leader types for one weekday: intervals "HH:mm-HH:mm" separated by commas
 * (also "，", ";" or spaces), "–" / "~" / "至" accepted as the dash. Empty text means closed. Returns
 * null when some part is not a valid interval (an interval may run past midnight: "18:00-02:00").
 */
export function parseDayHours(text: string): { open: string; close: string }[] | null {
  const parts = text
    .split(/[,，;；\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)
  const intervals: { open: string; close: string }[] = []
  for (const part of parts) {
    const m = part.match(/^(\d{1,2}:\d{2})\s*[-–~～至]\s*(\d{1,2}:\d{2})$/)
    if (!m) return null
    const [open, close] = [m[1], m[2]].map((s) => s.padStart(5, "0"))
    if (!TIME.test(open) || !TIME.test(close) || open === close) return null
    intervals.push({ open, close })
  }
  return intervals.length > 4 ? null : intervals
}

/** The text of every weekday, for an editor. */
export function hoursToText(hours: OpeningHours | undefined): Record<Weekday, string> {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, formatDayHours(hours?.[d])])) as Record<Weekday, string>
}

/** The opening hours from an editor's text, or the weekdays that do not parse. */
export function textToHours(text: Record<Weekday, string>): { hours: OpeningHours } | { invalid: Weekday[] } {
  const invalid: Weekday[] = []
  const hours: OpeningHours = {}
  for (const d of WEEKDAYS) {
    const parsed = parseDayHours(text[d] ?? "")
    if (parsed === null) invalid.push(d)
    else hours[d] = parsed
  }
  return invalid.length ? { invalid } : { hours }
}

/**
 * A compact summary of a week: consecutive weekdays with the same hours are grouped,
 * e.g. [["mon","fri","08:00-21:00"], ["sat","sun","09:00-18:00"]]; closed days are left out.
 */
export function summarizeWeek(hours: OpeningHours | undefined): { from: Weekday; to: Weekday; hours: string }[] {
  const groups: { from: Weekday; to: Weekday; hours: string }[] = []
  for (const d of WEEKDAYS) {
    const text = formatDayHours(hours?.[d])
    const last = groups[groups.length - 1]
    if (text && last && last.hours === text && WEEKDAYS.indexOf(last.to) === WEEKDAYS.indexOf(d) - 1) {
      last.to = d
    } else if (text) {
      groups.push({ from: d, to: d, hours: text })
    }
  }
  return groups
}

/** Meters as "850 m" or "3.4 km". */
export function distance(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`
}

/** Coordinates with 5 decimals (about 1 m). */
export function coordinates(latitude: number, longitude: number): string {
  return `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`
}

/** Today's date (YYYY-MM-DD) in the browser's time zone. */
export function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A pickup code as typed by a leader: upper case, no spaces; the dash is kept where the customer sees it. */
export function normalizeCodeInput(value: string): string {
  return value.toUpperCase().replace(/\s+/g, "")
}
