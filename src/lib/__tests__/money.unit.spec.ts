import { allocate, currencyDigits, roundMoney } from "../money"

const nums = (xs: { numeric: number }[]) => xs.map((x) => x.numeric)

describe("roundMoney", () => {
  it("rounds CNY to the fen, half away from zero", () => {
    expect(roundMoney("1.005", "cny").numeric).toBe(1.01)
    expect(roundMoney("1.004", "cny").numeric).toBe(1)
    expect(roundMoney("-1.005", "cny").numeric).toBe(-1.01)
  })

  it("rounds zero-decimal currencies to whole units", () => {
    expect(currencyDigits("jpy")).toBe(0)
    expect(roundMoney("100.5", "jpy").numeric).toBe(101)
  })

  it("keeps exact decimal arithmetic (no float drift)", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(roundMoney("0.30000000000000004", "cny").numeric).toBe(0.3)
  })
})

describe("allocate", () => {
  it("splits evenly with the remainder on the first parts so the parts add up", () => {
    // ¥10.00 over three equal weights: 3.34 + 3.33 + 3.33 = 10.00
    expect(nums(allocate(10, [1, 1, 1], "cny"))).toEqual([3.34, 3.33, 3.33])
  })

  it("splits in proportion to the weights", () => {
    // ¥26.40 paid for 3 units at ¥8.80: refunding one unit is 8.80
    expect(nums(allocate("26.4", [1, 2], "cny"))).toEqual([8.8, 17.6])
  })

  it("gives the leftover fen to the largest remainder, not always the first part", () => {
    // 1.00 over weights 1,2 → exact 0.333.., 0.666..: the second part has the larger remainder
    expect(nums(allocate(1, [1, 2], "cny"))).toEqual([0.33, 0.67])
  })

  it("always sums to the total, whatever the weights", () => {
    const weights = [7, 13, 1, 29, 3, 0, 11]
    for (const total of ["0.01", "1", "99.99", "1234.56", "0.07"]) {
      const parts = allocate(total, weights, "cny")
      const sum = parts.reduce((a, p) => a + Math.round(p.numeric * 100), 0)
      expect(sum).toBe(Math.round(Number(total) * 100))
      expect(parts[5].numeric).toBe(0)
    }
  })

  it("handles negative totals (reversals) symmetrically", () => {
    expect(nums(allocate(-10, [1, 1, 1], "cny"))).toEqual([-3.34, -3.33, -3.33])
  })

  it("puts everything on the first part when all weights are zero", () => {
    expect(nums(allocate(5, [0, 0], "cny"))).toEqual([5, 0])
  })

  it("refuses negative weights", () => {
    expect(() => allocate(5, [1, -1], "cny")).toThrow("weights must not be negative")
  })
})
