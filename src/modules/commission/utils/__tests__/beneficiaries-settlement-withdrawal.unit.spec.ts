import { planBeneficiaries } from "../beneficiaries"
import { settlementInstant } from "../settlement"
import { withdrawalQuote } from "../withdrawal"

const p = (customer_id: string, leader_id: string | null = null) => ({ customer_id, leader_id })

describe("planBeneficiaries", () => {
  it("names the pickup leader, level 1 and level 2", () => {
    expect(planBeneficiaries({ buyer_id: "c_buyer", pickup: p("c_lead", "ldr_1"), level1: p("c_ref"), level2: p("c_ref2", "ldr_2") })).toEqual([
      { customer_id: "c_lead", leader_id: "ldr_1", kind: "pickup" },
      { customer_id: "c_ref", leader_id: null, kind: "referral_l1" },
      { customer_id: "c_ref2", leader_id: "ldr_2", kind: "referral_l2" },
    ])
  })

  it("never pays the buyer, and nobody twice for one line (no moving up a level)", () => {
    // The bound leader is also the pickup leader: pickup only; level 2 still earns level 2.
    expect(
      planBeneficiaries({ buyer_id: "c_buyer", pickup: p("c_lead", "ldr_1"), level1: p("c_lead", "ldr_1"), level2: p("c_top") }).map((b) => [b.kind, b.customer_id])
    ).toEqual([
      ["pickup", "c_lead"],
      ["referral_l2", "c_top"],
    ])
    // A leader buying at their own point, and a loop back to the buyer.
    expect(planBeneficiaries({ buyer_id: "c_lead", pickup: p("c_lead", "ldr_1"), level1: p("c_ref"), level2: p("c_lead") })).toEqual([
      { customer_id: "c_ref", leader_id: null, kind: "referral_l1" },
    ])
  })

  it("has no level 2 without a level 1, and nothing for a guest's unknown upline", () => {
    expect(planBeneficiaries({ buyer_id: "c_b", pickup: null, level1: null, level2: p("c_x") })).toEqual([])
    expect(planBeneficiaries({ buyer_id: null, pickup: p("c_lead", "ldr_1"), level1: null, level2: null })).toHaveLength(1)
  })
})

describe("settlementInstant", () => {
  it("is the start of the store day `delay` days after the day the order was received (Asia/Shanghai)", () => {
    // 25 Nov 15:00 in Shanghai (07:00Z) + 7 days → 2 Dec 00:00 Shanghai = 1 Dec 16:00Z
    expect(settlementInstant(new Date("2026-11-25T07:00:00Z"), 7, "Asia/Shanghai").toISOString()).toBe("2026-12-01T16:00:00.000Z")
    // 25 Nov 23:30 Shanghai is 15:30Z: still the 25th there
    expect(settlementInstant(new Date("2026-11-25T15:30:00Z"), 7, "Asia/Shanghai").toISOString()).toBe("2026-12-01T16:00:00.000Z")
    // 16:30Z is already 26 Nov 00:30 in Shanghai
    expect(settlementInstant(new Date("2026-11-25T16:30:00Z"), 7, "Asia/Shanghai").toISOString()).toBe("2026-12-02T16:00:00.000Z")
    expect(settlementInstant(new Date("2026-11-25T07:00:00Z"), 0, "Asia/Shanghai").toISOString()).toBe("2026-11-24T16:00:00.000Z")
  })
})

describe("withdrawalQuote", () => {
  const terms = { withdrawal_min_amount: "10", withdrawal_fee_percent: "0.6", withdrawal_fee_fixed: "1" }

  it("takes the fee (percent + fixed, rounded to the fen) from the amount; fee and net add up", () => {
    // 0.6% of 100.00 = 0.60, + 1.00 = 1.60 → net 98.40
    expect(withdrawalQuote("100", terms, "cny")).toEqual({ amount: "100", fee: "1.6", net_amount: "98.4" })
    // 0.6% of 33.33 = 0.19998 → 0.20 + 1.00
    expect(withdrawalQuote("33.33", terms, "cny")).toEqual({ amount: "33.33", fee: "1.2", net_amount: "32.13" })
  })

  it("refuses below the minimum, fractions of a fen, and a fee that eats everything", () => {
    expect(() => withdrawalQuote("9.99", terms, "cny")).toThrow(expect.objectContaining({ code: "withdrawal_below_minimum" }))
    expect(() => withdrawalQuote("10.001", terms, "cny")).toThrow(expect.objectContaining({ code: "invalid_amount" }))
    expect(() => withdrawalQuote("-5", terms, "cny")).toThrow(expect.objectContaining({ code: "invalid_amount" }))
    expect(() => withdrawalQuote("10", { ...terms, withdrawal_fee_fixed: "10" }, "cny")).toThrow(
      expect.objectContaining({ code: "withdrawal_fee_exceeds_amount" })
    )
  })
})
