import { hoursToText, parseDayHours, summarizeWeek, textToHours, WEEKDAYS } from "../leader-format"

describe("opening hours as text", () => {
  it("parses one interval, several intervals and an empty (closed) day", () => {
    expect(parseDayHours("08:00-21:00")).toEqual([{ open: "08:00", close: "21:00" }])
    expect(parseDayHours("8:00-12:00， 14:00–21:30")).toEqual([
      { open: "08:00", close: "12:00" },
      { open: "14:00", close: "21:30" },
    ])
    expect(parseDayHours("  ")).toEqual([])
  })

  it("accepts an interval past midnight and the Chinese 至", () => {
    expect(parseDayHours("18:00至02:00")).toEqual([{ open: "18:00", close: "02:00" }])
  })

  it("refuses times out of range, an empty interval, garbage and more than four intervals", () => {
    expect(parseDayHours("24:00-25:00")).toBeNull()
    expect(parseDayHours("09:00-09:00")).toBeNull()
    expect(parseDayHours("9 to 5")).toBeNull()
    expect(parseDayHours("01:00-02:00,03:00-04:00,05:00-06:00,07:00-08:00,09:00-10:00")).toBeNull()
  })

  it("round-trips stored hours through the editor text", () => {
    const hours = { mon: [{ open: "08:00", close: "21:00" }], sat: [{ open: "09:00", close: "12:00" }, { open: "13:00", close: "18:00" }] }
    const text = hoursToText(hours)
    expect(text.sun).toBe("")
    expect(textToHours(text)).toEqual({ hours: { ...Object.fromEntries(WEEKDAYS.map((d) => [d, []])), ...hours } })
  })

  it("names the weekdays that do not parse", () => {
    const text = { ...hoursToText({}), tue: "8-9", fri: "10:00-11:00" }
    expect(textToHours(text)).toEqual({ invalid: ["tue"] })
  })

  it("groups consecutive days with the same hours and leaves closed days out", () => {
    const same = [{ open: "08:00", close: "21:00" }]
    expect(summarizeWeek({ mon: same, tue: same, wed: same, thu: [], fri: same, sat: same, sun: [{ open: "09:00", close: "18:00" }] })).toEqual([
      { from: "mon", to: "wed", hours: "08:00-21:00" },
      { from: "fri", to: "sat", hours: "08:00-21:00" },
      { from: "sun", to: "sun", hours: "09:00-18:00" },
    ])
    expect(summarizeWeek({})).toEqual([])
  })
})
