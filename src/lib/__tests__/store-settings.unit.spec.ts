import { addStoreDays, dailyCronAt, getStoreSettings, storeDay, storeTime } from "../store-settings"

describe("store settings", () => {
  it("defaults to Asia/Shanghai and CNY", () => {
    expect(getStoreSettings({})).toEqual({ timeZone: "Asia/Shanghai", currencyCode: "cny" })
  })

  it("reads the time zone and currency from env", () => {
    expect(getStoreSettings({ STORE_TIMEZONE: "Europe/Berlin", STORE_CURRENCY: "EUR" })).toEqual({
      timeZone: "Europe/Berlin",
      currencyCode: "eur",
    })
  })

  it("refuses an invalid time zone", () => {
    expect(() => getStoreSettings({ STORE_TIMEZONE: "Mars/Olympus" })).toThrow("not a valid IANA time zone")
  })

  it("puts 23:30 UTC on the next store day in Shanghai (UTC+8)", () => {
    expect(storeDay(new Date("2026-11-25T15:59:59Z"), "Asia/Shanghai")).toBe("2026-11-25")
    expect(storeDay(new Date("2026-11-25T16:00:00Z"), "Asia/Shanghai")).toBe("2026-11-26")
  })

  it("turns a local cutoff into an instant", () => {
    expect(storeTime("2026-11-25", "22:00", "Asia/Shanghai").toISOString()).toBe("2026-11-25T14:00:00.000Z")
  })

  it("adds calendar days across month ends", () => {
    expect(addStoreDays("2026-11-30", 1)).toBe("2026-12-01")
  })
})

describe("dailyCronAt", () => {
  const today = new Date("2026-12-04T12:00:00Z")
  it("turns a store wall-clock time into the process zone's cron", () => {
    expect(dailyCronAt("00:15", "Asia/Shanghai", "UTC", today)).toBe("15 16 * * *")
    expect(dailyCronAt("10:00", "Asia/Shanghai", "UTC", today)).toBe("0 2 * * *")
    expect(dailyCronAt("00:15", "Asia/Shanghai", "Asia/Shanghai", today)).toBe("15 0 * * *")
    expect(dailyCronAt("03:17", "Europe/Berlin", "UTC", today)).toBe("17 2 * * *") // CET, UTC+1 in December
  })
})
