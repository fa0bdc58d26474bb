import { checkinReward, nextStreak } from "../checkin"
import { monthDays, pointsExpiry } from "../expiry"
import { nextTier, qualifiedTier, tierChange, tierProgress } from "../tiers"

describe("check-in rewards", () => {
  const table = [5, 5, 10, 10, 15, 20, 30]
  it("pays by streak day and restarts the cycle after the last day", () => {
    expect([1, 2, 3, 7, 8, 14, 15].map((s) => checkinReward(table, s))).toEqual([5, 5, 10, 30, 5, 30, 5])
  })
  it("pays nothing without a table", () => {
    expect(checkinReward([], 3)).toBe(0)
  })
  it("continues a streak from yesterday and resets after a gap", () => {
    expect(nextStreak(3)).toBe(4)
    expect(nextStreak(null)).toBe(1)
    expect(nextStreak(undefined)).toBe(1)
  })
})

describe("pointsExpiry", () => {
  const tz = "Asia/Shanghai"
  it("expires at the start of the store day after the same day N months later", () => {
    expect(pointsExpiry(new Date("2026-03-15T02:00:00Z"), 12, tz)!.toISOString()).toBe("2027-03-15T16:00:00.000Z")
  })
  it("uses the store day, not the UTC day", () => {
    // 2026-03-15 23:30 in Shanghai is 15:30 UTC: still the 15th
    expect(pointsExpiry(new Date("2026-03-15T15:30:00Z"), 1, tz)!.toISOString()).toBe("2026-04-15T16:00:00.000Z")
    // 2026-03-16 00:30 in Shanghai is 16:30 UTC on the 15th: already the 16th
    expect(pointsExpiry(new Date("2026-03-15T16:30:00Z"), 1, tz)!.toISOString()).toBe("2026-04-16T16:00:00.000Z")
  })
  it("clamps to the end of a shorter month", () => {
    expect(pointsExpiry(new Date("2026-01-31T04:00:00Z"), 1, tz)!.toISOString()).toBe("2026-02-28T16:00:00.000Z")
  })
  it("never expires with 0 months", () => {
    expect(pointsExpiry(new Date(), 0, tz)).toBeNull()
  })
})

describe("monthDays", () => {
  it("lists the days of a month", () => {
    const feb = monthDays("2028-02")
    expect(feb.first).toBe("2028-02-01")
    expect(feb.last).toBe("2028-02-29")
    expect(feb.days).toHaveLength(29)
  })
  it("refuses a malformed month", () => {
    expect(() => monthDays("2028-13")).toThrow()
    expect(() => monthDays("2028-2")).toThrow()
  })
})

describe("tiers", () => {
  const tiers = [
    { id: "gold", rank: 2, min_spend: 2000 },
    { id: "regular", rank: 0, min_spend: 0 },
    { id: "silver", rank: 1, min_spend: 500 },
  ]
  it("qualifies for the highest tier whose minimum is reached", () => {
    expect(qualifiedTier(tiers, 499.99)!.id).toBe("regular")
    expect(qualifiedTier(tiers, 500)!.id).toBe("silver")
    expect(qualifiedTier(tiers, 99999)!.id).toBe("gold")
    expect(qualifiedTier([], 100)).toBeNull()
  })
  it("finds the next tier up", () => {
    expect(nextTier(tiers, tiers[1])!.id).toBe("silver")
    expect(nextTier(tiers, tiers[0])).toBeNull()
    expect(nextTier(tiers, null)!.id).toBe("regular")
  })
  it("upgrades at once but downgrades only at the review", () => {
    const [gold, regular, silver] = tiers
    expect(tierChange(regular, silver, "upgrade")).toBe(silver)
    expect(tierChange(gold, silver, "upgrade")).toBeUndefined()
    expect(tierChange(gold, silver, "review")).toBe(silver)
    expect(tierChange(silver, silver, "review")).toBeUndefined()
    expect(tierChange(null, regular, "upgrade")).toBe(regular)
  })
  it("reports the spend still needed and the progress toward the next tier", () => {
    const [gold, regular, silver] = tiers
    expect(tierProgress(125, regular, silver)).toEqual({ spend_to_next: 375, progress: 0.25 })
    expect(tierProgress(1250, silver, gold)).toEqual({ spend_to_next: 750, progress: 0.5 })
    expect(tierProgress(5000, gold, null)).toEqual({ spend_to_next: null, progress: 1 })
  })
})
