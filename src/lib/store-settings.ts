import { DateTime } from "luxon"

/**
 * Store-wide settings every module reads: the store's time zone (cutoffs, store days for check-in,
 * settlement delays) and its default currency. Driven by env so a deployment in another city or
 * country changes them without code.
 */
export type StoreSettings = {
  /** IANA time zone, e.g. "Asia/Shanghai". */
  timeZone: string
  /** Lower-case ISO 4217 code, e.g. "cny". */
  currencyCode: string
}

export function getStoreSettings(env: NodeJS.ProcessEnv = process.env): StoreSettings {
  const timeZone = env.STORE_TIMEZONE || "Asia/Shanghai"
  if (!DateTime.now().setZone(timeZone).isValid) {
    throw new Error(`STORE_TIMEZONE "${timeZone}" is not a valid IANA time zone`)
  }
  return {
    timeZone,
    currencyCode: (env.STORE_CURRENCY || "cny").toLowerCase(),
  }
}

/** The calendar day (YYYY-MM-DD) that `at` falls on in the store's time zone. */
export function storeDay(at: Date, timeZone = getStoreSettings().timeZone): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISODate()!
}

/**
 * The instant of a local wall-clock time ("HH:mm") on a store day ("YYYY-MM-DD") in the store's time zone,
 * e.g. the 22:00 order cutoff of 2026-11-25 in Asia/Shanghai is 2026-11-25T14:00:00Z.
 */
export function storeTime(day: string, hhmm: string, timeZone = getStoreSettings().timeZone): Date {
  const dt = DateTime.fromISO(`${day}T${hhmm}`, { zone: timeZone })
  if (!dt.isValid) {
    throw new Error(`Invalid store time ${day} ${hhmm} in ${timeZone}`)
  }
  return dt.toJSDate()
}

/** Adds whole days to a store day ("YYYY-MM-DD"), calendar-wise. */
export function addStoreDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: "UTC" }).plus({ days }).toISODate()!
}

/**
 * A daily cron expression for a wall-clock time ("HH:mm") in the store's time zone, in the zone of the process
 * that schedules it (Medusa's job schedulers read cron in the process's local time): 00:15 in Asia/Shanghai is
 * "15 16 * * *" in a UTC process. Computed when the job file loads, with the zones' offsets of that day (a
 * daylight-saving change moves the run by an hour until the next restart).
 */
export function dailyCronAt(
  hhmm: string,
  timeZone = getStoreSettings().timeZone,
  processZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
  today: Date = new Date()
): string {
  const day = storeDay(today, timeZone)
  const at = DateTime.fromJSDate(storeTime(day, hhmm, timeZone)).setZone(processZone)
  return `${at.minute} ${at.hour} * * *`
}
