import { cutoffFor, teamExpiry } from "../cutoff"
import { anonymizedName, shareToken, timeLeftMs } from "../display"

const TZ = "Asia/Shanghai"

describe("community cutoffs", () => {
  it("puts an order before today's cutoff into today's batch", () => {
    // 2026-11-25 12:00 in Shanghai is 04:00Z; the 22:00 cutoff is 14:00Z
    expect(cutoffFor(new Date("2026-11-25T04:00:00Z"), "22:00", TZ)).toEqual({
      cutoff_day: "2026-11-25",
      expires_at: new Date("2026-11-25T14:00:00Z"),
    })
  })

  it("puts an order at or after the cutoff into tomorrow's batch, by the store's calendar", () => {
    expect(cutoffFor(new Date("2026-11-25T14:00:00Z"), "22:00", TZ)).toEqual({
      cutoff_day: "2026-11-26",
      expires_at: new Date("2026-11-26T14:00:00Z"),
    })
    // 23:30 UTC on the 25th is already the 26th in Shanghai (07:30): today's 22:00 cutoff is ahead
    expect(cutoffFor(new Date("2026-11-25T23:30:00Z"), "22:00", TZ).cutoff_day).toBe("2026-11-26")
  })

  it("ends a team group after its lifetime, never after the campaign", () => {
    const now = new Date("2026-11-25T04:00:00Z")
    expect(teamExpiry(now, 24, new Date("2026-12-01T00:00:00Z"))).toEqual(new Date("2026-11-26T04:00:00Z"))
    expect(teamExpiry(now, 24, new Date("2026-11-25T10:00:00Z"))).toEqual(new Date("2026-11-25T10:00:00Z"))
  })
})

describe("what other customers see", () => {
  it("shows a member as the first character of their name and two stars", () => {
    expect(anonymizedName({ last_name: "王", first_name: "小明", email: "a@b.c" })).toBe("王**")
    expect(anonymizedName({ first_name: "Test", last_name: null, email: "a@b.c" })).toBe("T**")
    expect(anonymizedName({ email: "zoe@example.com" })).toBe("z**")
    expect(anonymizedName({})).toBe("***")
  })

  it("makes share tokens of 12 unambiguous characters, different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => shareToken()))
    expect(tokens.size).toBe(200)
    for (const t of tokens) {
      expect(t).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/)
    }
  })

  it("never reports negative time left", () => {
    const now = new Date("2026-11-25T04:00:00Z")
    expect(timeLeftMs(new Date("2026-11-25T05:00:00Z"), now)).toBe(3600000)
    expect(timeLeftMs(new Date("2026-11-25T03:00:00Z"), now)).toBe(0)
  })
})
