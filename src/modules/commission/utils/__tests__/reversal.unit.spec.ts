import { MathBN } from "@medusajs/framework/utils"
import { planReversal } from "../reversal"

const total = (parts: { amount: string }[]) => parts.reduce((s, p) => MathBN.add(s, p.amount), MathBN.convert(0)).toString()

describe("planReversal", () => {
  // One line of 3 × ¥33.33 = ¥99.99; pickup 5% = 5.00 (4.9995), level 1 3% = 3.00 (2.9997), level 2 1% = 1.00 (0.9999).
  const base = {
    commission_total: "9",
    items_total: "99.99",
    canceled: false,
    currency_code: "cny",
  }
  const entries = [
    { id: "pickup", amount: "5", reversed: "0" },
    { id: "l1", amount: "3", reversed: "0" },
    { id: "l2", amount: "1", reversed: "0" },
  ]

  it("reverses the refunded share of one unit of three, parts adding up to the order's share", () => {
    const plan = planReversal({ ...base, refunded: "33.33", reversed_total: "0", entries })
    // 9.00 × 33.33 / 99.99 = 3.00 exactly
    expect(plan.target_total).toBe("3")
    expect(plan.parts).toEqual([
      { entry_id: "pickup", amount: "1.67" }, // 5.00 / 3 = 1.666… (largest remainder gets the extra fen)
      { entry_id: "l1", amount: "1" },
      { entry_id: "l2", amount: "0.33" },
    ])
    expect(total(plan.parts)).toBe("3")
  })

  it("reverses only the difference on a second refund, and everything exactly at 100%", () => {
    const second = planReversal({
      ...base,
      refunded: "66.66",
      reversed_total: "3",
      entries: [
        { id: "pickup", amount: "5", reversed: "1.67" },
        { id: "l1", amount: "3", reversed: "1" },
        { id: "l2", amount: "1", reversed: "0.33" },
      ],
    })
    expect(second.target_total).toBe("6")
    expect(total(second.parts)).toBe("3")
    // Left: 3.33, 2.00, 0.67 → exact shares 1.665, 1.00, 0.335; the one spare fen goes to the earlier tie.
    expect(second.parts).toEqual([
      { entry_id: "pickup", amount: "1.67" },
      { entry_id: "l1", amount: "1" },
      { entry_id: "l2", amount: "0.33" },
    ])
    const third = planReversal({
      ...base,
      refunded: "99.99",
      reversed_total: "6",
      entries: [
        { id: "pickup", amount: "5", reversed: "3.34" },
        { id: "l1", amount: "3", reversed: "2" },
        { id: "l2", amount: "1", reversed: "0.66" },
      ],
    })
    // What is left of each, exactly: 1.67 + 1.67 + 1.66 = 5.00 and 0.33 + 0.33 + 0.34 = 1.00.
    expect(third.parts).toEqual([
      { entry_id: "pickup", amount: "1.66" },
      { entry_id: "l1", amount: "1" },
      { entry_id: "l2", amount: "0.34" },
    ])
  })

  it("caps at the whole commission when more than the items total is refunded (shipping), and on cancellation", () => {
    const over = planReversal({ ...base, refunded: "109.99", reversed_total: "0", entries })
    expect(over.target_total).toBe("9")
    expect(over.parts.map((p) => p.amount)).toEqual(["5", "3", "1"])
    const canceled = planReversal({ ...base, canceled: true, refunded: "0", reversed_total: "0", entries })
    expect(canceled.parts.map((p) => p.amount)).toEqual(["5", "3", "1"])
  })

  it("changes nothing when replayed with the same or a smaller refund", () => {
    expect(planReversal({ ...base, refunded: "33.33", reversed_total: "3", entries }).parts).toEqual([])
    expect(planReversal({ ...base, refunded: "10", reversed_total: "3", entries })).toEqual({ target_total: "3", parts: [] })
  })

  it("never reverses an accrual beyond what is left of it, and the parts always add up", () => {
    // Awkward amounts: 0.01 + 0.02 + 7.77; refunds in 7 uneven steps to the full items total.
    const amounts = ["0.01", "0.02", "7.77"]
    let reversed = amounts.map(() => "0")
    let reversedTotal = "0"
    for (const refunded of ["1", "1.5", "13", "13.01", "40", "77.7", "100"]) {
      const plan = planReversal({
        commission_total: "7.8",
        items_total: "100",
        refunded,
        canceled: false,
        reversed_total: reversedTotal,
        entries: amounts.map((amount, i) => ({ id: String(i), amount, reversed: reversed[i] })),
        currency_code: "cny",
      })
      expect(total(plan.parts)).toBe(MathBN.sub(plan.target_total, reversedTotal).toString())
      reversed = reversed.map((r, i) => MathBN.add(r, plan.parts.find((p) => p.entry_id === String(i))?.amount ?? 0).toString())
      reversed.forEach((r, i) => expect(MathBN.lte(r, amounts[i])).toBe(true))
      reversedTotal = plan.target_total
    }
    expect(reversed).toEqual(amounts)
  })

  it("reverses everything when the order paid nothing for items but something was refunded", () => {
    const plan = planReversal({ ...base, items_total: "0", refunded: "5", reversed_total: "0", entries })
    expect(plan.target_total).toBe("9")
  })
})
