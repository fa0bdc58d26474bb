import { addStoreDays, storeDay, storeTime } from "../../../lib/store-settings"

/**
 * When an order's commission becomes available: at the start (00:00, store time zone) of the store day
 * `delayDays` after the day it was collected or delivered. Collected on 25 Nov at any hour with a 7-day
 * delay → available from 2 Dec 00:00 store time (the daily job that runs after it settles it).
 */
export function settlementInstant(receivedAt: Date, delayDays: number, timeZone: string): Date {
  return storeTime(addStoreDays(storeDay(receivedAt, timeZone), delayDays), "00:00", timeZone)
}
