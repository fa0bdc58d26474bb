import { earnedPoints, pointsToAmount, quoteRedeem, redeemStep, reversalTarget } from "../points"

describe("earnedPoints", () => {
  it("rounds the amount × rate down before the multiplier, then down again", () => {
    expect(earnedPoints(99.9, 1, 1.5)).toBe(148) // floor(99.9) = 99; 99 × 1.5 = 148.5
    expect(earnedPoints(100, 1, 1)).toBe(100)
    expect(earnedPoints("0.99", 1, 2)).toBe(0)
  })
  it("supports fractional rates", () => {
    expect(earnedPoints(99.9, 0.5, 1)).toBe(49) // 49.95 → 49
    expect(earnedPoints(10, 2, 1.2)).toBe(24)
  })
  it("earns nothing on zero or negative amounts", () => {
    expect(earnedPoints(0, 1, 1)).toBe(0)
    expect(earnedPoints(-5, 1, 1)).toBe(0)
  })
})

describe("reversalTarget", () => {
  it("reverses in proportion to the refunded share, half up", () => {
    expect(reversalTarget(100, 200, 50)).toBe(25)
    expect(reversalTarget(99, 99.9, 50)).toBe(50) // 49.55 → 50
    expect(reversalTarget(99, 99.9, 49.9)).toBe(49) // 49.45 → 49
  })
  it("reverses everything on a full (or larger) refund and nothing without one", () => {
    expect(reversalTarget(120, 100, 100)).toBe(120)
    expect(reversalTarget(120, 100, 150)).toBe(120)
    expect(reversalTarget(120, 100, 0)).toBe(0)
    expect(reversalTarget(0, 100, 100)).toBe(0)
  })
  it("reverses everything when nothing was paid but something refunded", () => {
    expect(reversalTarget(10, 0, 1)).toBe(10)
  })
})

describe("redeemStep and pointsToAmount", () => {
  it("finds the fewest points worth a whole minor unit", () => {
    expect(redeemStep(100, "cny")).toBe(1) // 1 point = ¥0.01
    expect(redeemStep(1000, "cny")).toBe(10) // 10 points = ¥0.01
    expect(redeemStep(150, "cny")).toBe(3) // 3 points = ¥0.02
    expect(redeemStep(10, "cny")).toBe(1)
    expect(redeemStep(100, "jpy")).toBe(100) // no minor unit: 100 points = ¥1
  })
  it("converts points to money, rounded down to the minor unit", () => {
    expect(pointsToAmount(150, 100, "cny").toNumber()).toBe(1.5)
    expect(pointsToAmount(1, 100, "cny").toNumber()).toBe(0.01)
    expect(pointsToAmount(1, 1000, "cny").toNumber()).toBe(0)
  })
})

describe("quoteRedeem", () => {
  const base = { pointsPerUnit: 100, maxShare: 0.5, currencyCode: "cny" }
  it("caps at the share of the items total", () => {
    expect(quoteRedeem({ ...base, itemTotal: 35.8, balance: 5000 })).toEqual({ cap_amount: 17.9, max_points: 1790, step: 1 })
  })
  it("caps at the balance", () => {
    expect(quoteRedeem({ ...base, itemTotal: 100, balance: 1234 }).max_points).toBe(1234)
  })
  it("rounds the cap down to the minor unit", () => {
    expect(quoteRedeem({ ...base, itemTotal: 0.33, balance: 99 }).cap_amount).toBe(0.16) // 0.165 → 0.16
  })
  it("keeps the maximum on whole steps", () => {
    expect(quoteRedeem({ ...base, pointsPerUnit: 1000, itemTotal: 10, balance: 1234 }).max_points).toBe(1230)
  })
  it("allows nothing on an empty cart", () => {
    expect(quoteRedeem({ ...base, itemTotal: 0, balance: 100 }).max_points).toBe(0)
  })
})
