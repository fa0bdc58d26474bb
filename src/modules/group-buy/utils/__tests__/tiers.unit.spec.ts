import { MathBN } from "@medusajs/framework/utils"
import { joinPrice, nextTier, protectionRefund, successThreshold, tierAt, tierListProblem, unitPriceAt } from "../tiers"

const TIERS = [
  { threshold: 3, price: 8.8 },
  { threshold: 2, price: 9.9 },
]
const num = (v: unknown) => Number(MathBN.convert(v as number).toString())

describe("group-buy tiers", () => {
  it("charges the first tier's price below the first threshold and the reached tier's price from it on", () => {
    expect(num(unitPriceAt(TIERS, 0))).toBe(9.9)
    expect(num(unitPriceAt(TIERS, 1))).toBe(9.9)
    expect(num(unitPriceAt(TIERS, 2))).toBe(9.9)
    expect(num(unitPriceAt(TIERS, 3))).toBe(8.8)
    expect(num(unitPriceAt(TIERS, 50))).toBe(8.8)
  })

  it("prices a joiner at the count the group has with them", () => {
    // members 1 and 2 pay 9.90 (counts 1 and 2), member 3 pays 8.80 (count 3)
    expect([0, 1, 2].map((used) => num(joinPrice(TIERS, used, 1)))).toEqual([9.9, 9.9, 8.8])
    // community: 2 units on top of 1 unit makes 3 → 8.80
    expect(num(joinPrice(TIERS, 1, 2))).toBe(8.8)
  })

  it("names the reached and the next tier and the success threshold", () => {
    expect(tierAt(TIERS, 1)).toBeNull()
    expect(tierAt(TIERS, 2)?.threshold).toBe(2)
    expect(nextTier(TIERS, 2)?.threshold).toBe(3)
    expect(nextTier(TIERS, 3)).toBeNull()
    expect(successThreshold(TIERS)).toBe(2)
  })

  it("refunds (paid − final) × quantity to those who paid more, nothing to the others", () => {
    expect(num(protectionRefund(9.9, 8.8, 1, "cny"))).toBe(1.1) // 9.90 − 8.80
    expect(num(protectionRefund(9.9, 8.8, 3, "cny"))).toBe(3.3) // 3 × 1.10
    expect(num(protectionRefund(8.8, 8.8, 2, "cny"))).toBe(0)
    expect(num(protectionRefund(7.5, 8.8, 1, "cny"))).toBe(0)
    expect(num(protectionRefund("0.1", "0.07", 3, "cny"))).toBe(0.09) // exact decimals, no float drift
  })

  it("accepts rising thresholds with falling prices within the group size, and explains anything else", () => {
    expect(tierListProblem(TIERS, 5)).toBeNull()
    expect(tierListProblem([], 5)).toMatch(/at least one tier/)
    expect(tierListProblem([{ threshold: 2, price: 9.9 }, { threshold: 3, price: 9.9 }], 5)).toMatch(/must be below/)
    expect(tierListProblem([{ threshold: 2, price: 9.9 }, { threshold: 2, price: 8 }], 5)).toMatch(/twice/)
    expect(tierListProblem([{ threshold: 6, price: 9.9 }], 5)).toMatch(/above the group maximum/)
    expect(tierListProblem([{ threshold: 0, price: 9.9 }], 5)).toMatch(/at least 1/)
    expect(tierListProblem([{ threshold: 1.5, price: 9.9 }], 5)).toMatch(/whole number/)
    expect(tierListProblem([{ threshold: 2, price: 0 }], 5)).toMatch(/positive/)
  })
})
