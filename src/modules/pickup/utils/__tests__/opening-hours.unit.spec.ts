import { everyDay, isOpenAt, normalizeOpeningHours, validateOpeningHours } from "../opening-hours"

const SH = "Asia/Shanghai"
// 2026-11-25 is a Wednesday. 02:00Z is 10:00 in Shanghai.
const at = (iso: string) => new Date(iso)

describe("isOpenAt", () => {
  const hours = everyDay("08:00-21:00")

  it("is open inside the interval in the store time zone, not in UTC", () => {
    expect(isOpenAt(hours, at("2026-11-25T02:00:00Z"), SH)).toBe(true) // 10:00 local
    expect(isOpenAt(hours, at("2026-11-25T23:30:00Z"), SH)).toBe(false) // 07:30 local next day
    expect(isOpenAt(hours, at("2026-11-25T13:30:00Z"), "UTC")).toBe(true) // 13:30 UTC
    expect(isOpenAt(hours, at("2026-11-25T13:30:00Z"), SH)).toBe(false) // 21:30 local
  })

  it("opens at the opening minute and closes at the closing minute", () => {
    expect(isOpenAt(hours, at("2026-11-25T00:00:00Z"), SH)).toBe(true) // 08:00 local
    expect(isOpenAt(hours, at("2026-11-24T23:59:00Z"), SH)).toBe(false) // 07:59 local
    expect(isOpenAt(hours, at("2026-11-25T13:00:00Z"), SH)).toBe(false) // 21:00 local
    expect(isOpenAt(hours, at("2026-11-25T12:59:00Z"), SH)).toBe(true) // 20:59 local
  })

  it("reads the weekday's own intervals, and a day without intervals is closed", () => {
    const weekdays = normalizeOpeningHours({ wed: [{ open: "09:00", close: "12:00" }] })
    expect(isOpenAt(weekdays, at("2026-11-25T02:00:00Z"), SH)).toBe(true) // Wed 10:00
    expect(isOpenAt(weekdays, at("2026-11-26T02:00:00Z"), SH)).toBe(false) // Thu 10:00
  })

  it("handles split shifts", () => {
    const split = everyDay("07:00-11:00,16:00-20:00")
    expect(isOpenAt(split, at("2026-11-25T02:00:00Z"), SH)).toBe(true) // 10:00
    expect(isOpenAt(split, at("2026-11-25T05:00:00Z"), SH)).toBe(false) // 13:00
    expect(isOpenAt(split, at("2026-11-25T09:00:00Z"), SH)).toBe(true) // 17:00
  })

  it("keeps an interval that runs past midnight open into the next day", () => {
    const night = normalizeOpeningHours({ wed: [{ open: "20:00", close: "02:00" }] })
    expect(isOpenAt(night, at("2026-11-25T15:00:00Z"), SH)).toBe(true) // Wed 23:00
    expect(isOpenAt(night, at("2026-11-25T17:00:00Z"), SH)).toBe(true) // Thu 01:00, Wednesday's night
    expect(isOpenAt(night, at("2026-11-25T18:30:00Z"), SH)).toBe(false) // Thu 02:30
    expect(isOpenAt(night, at("2026-11-24T17:00:00Z"), SH)).toBe(false) // Wed 01:00: Tuesday has no night
  })
})

describe("validateOpeningHours", () => {
  it("accepts well-formed hours", () => {
    expect(validateOpeningHours(everyDay("08:00-21:00"))).toEqual([])
  })

  it("names every problem", () => {
    expect(
      validateOpeningHours({
        funday: [],
        mon: [{ open: "8:00", close: "21:00" }],
        tue: [{ open: "10:00", close: "10:00" }],
        wed: [{ open: "24:00", close: "10:00" }],
      })
    ).toEqual([
      'unknown weekday "funday"',
      'mon: "8:00-21:00" is not HH:mm-HH:mm',
      "tue: an interval cannot open and close at 10:00",
      'wed: "24:00-10:00" is not HH:mm-HH:mm',
    ])
  })

  it("rejects a malformed every-day spec", () => {
    expect(() => everyDay("8-21")).toThrow()
  })
})
