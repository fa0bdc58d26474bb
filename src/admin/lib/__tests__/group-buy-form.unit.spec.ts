import type { AdminCampaign } from "../../hooks/use-group-buy"
import { campaignBody, emptyForm, formFromCampaign, formProblems, tierProblems, type CampaignForm } from "../group-buy-form"
import { closingTier, groupProgress, paymentState, soldOfStock, tiersSummary } from "../group-buy-format"

const NOW = new Date("2026-12-01T02:00:00.000Z")

function validForm(patch: Partial<CampaignForm> = {}): CampaignForm {
  return {
    ...emptyForm(NOW, "cny", "prod_1"),
    title: "三亚麒麟西瓜 拼团",
    variant_ids: ["variant_1"],
    max_per_group: "3",
    tiers: [{ currency_code: "cny", rows: [{ threshold: "2", price: "9.9" }, { threshold: "3", price: "8.80" }] }],
    ...patch,
  }
}

const keys = (problems: Record<string, { key: string }>) => Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v.key]))

describe("campaign form: tiers", () => {
  it("accepts thresholds rising and prices falling within the group size", () => {
    expect(tierProblems("cny", [{ threshold: "2", price: "9.90" }, { threshold: "3", price: "8.8" }], 3)).toEqual({})
  })

  it("names a threshold that does not rise, with the one above it", () => {
    const problems = tierProblems("cny", [{ threshold: "3", price: "9.9" }, { threshold: "2", price: "8.8" }], 5)
    expect(problems).toEqual({ "tiers.cny.1.threshold": { key: "thresholdNotRising", values: { previous: 3 } } })
  })

  it("names a price that does not fall, an equal one included", () => {
    const problems = tierProblems("cny", [{ threshold: "2", price: "8.8" }, { threshold: "3", price: "8.80" }], 5)
    expect(problems).toEqual({ "tiers.cny.1.price": { key: "priceNotFalling", values: { previous: 8.8 } } })
  })

  it("compares with the highest threshold and lowest price so far, not only the row above", () => {
    const rows = [
      { threshold: "5", price: "9" },
      { threshold: "2", price: "10" },
      { threshold: "4", price: "9.5" },
    ]
    expect(keys(tierProblems("cny", rows, 10))).toEqual({
      "tiers.cny.1.threshold": "thresholdNotRising",
      "tiers.cny.1.price": "priceNotFalling",
      "tiers.cny.2.threshold": "thresholdNotRising",
      "tiers.cny.2.price": "priceNotFalling",
    })
  })

  it("refuses thresholds above the group size, fractions, zero, non-positive prices and sub-cent prices", () => {
    const rows = [
      { threshold: "0", price: "0" },
      { threshold: "1.5", price: "-1" },
      { threshold: "4", price: "8.999" },
    ]
    expect(keys(tierProblems("cny", rows, 3))).toEqual({
      "tiers.cny.0.threshold": "wholeAtLeastOne",
      "tiers.cny.0.price": "pricePositive",
      "tiers.cny.1.threshold": "wholeAtLeastOne",
      "tiers.cny.1.price": "pricePositive",
      "tiers.cny.2.threshold": "thresholdAboveMax",
      "tiers.cny.2.price": "priceCents",
    })
  })

  it("needs at least one tier per currency and marks empty inputs as required", () => {
    expect(keys(tierProblems("cny", [], 3))).toEqual({ "tiers.cny": "tiersRequired" })
    expect(keys(tierProblems("usd", [{ threshold: "", price: " " }], 3))).toEqual({
      "tiers.usd.0.threshold": "required",
      "tiers.usd.0.price": "required",
    })
  })
})

describe("campaign form: fields", () => {
  it("has no problem for a complete team deal", () => {
    expect(formProblems(validForm())).toEqual({})
  })

  it("needs a title, product, variants, group size; lifetime for team deals, cutoff for community deals", () => {
    expect(keys(formProblems(validForm({ title: " ", product_id: "", max_per_group: "", group_lifetime_hours: "" })))).toEqual({
      title: "required",
      product_id: "productRequired",
      max_per_group: "required",
      group_lifetime_hours: "required",
    })
    expect(keys(formProblems(validForm({ variant_ids: [], group_lifetime_hours: "721" })))).toEqual({
      variant_ids: "variantsRequired",
      group_lifetime_hours: "lifetimeRange",
    })
    expect(keys(formProblems(validForm({ kind: "community", cutoff_time: "25:00", group_lifetime_hours: "" })))).toEqual({
      cutoff_time: "cutoffFormat",
    })
  })

  it("checks the window and the optional limits", () => {
    const f = validForm({ starts_at: "2026-12-02T10:00", ends_at: "2026-12-02T10:00", max_units_per_customer: "0", stock_cap: "-1", max_joins_per_customer: "2" })
    expect(keys(formProblems(f))).toEqual({ ends_at: "endsBeforeStarts", max_units_per_customer: "wholeAtLeastOne", stock_cap: "wholeAtLeastZero" })
    expect(formProblems(validForm({ stock_cap: "0" }))).toEqual({})
  })

  it("checks tiers against the group size and refuses a currency twice", () => {
    const f = validForm({
      max_per_group: "2",
      tiers: [
        { currency_code: "cny", rows: [{ threshold: "2", price: "9.9" }, { threshold: "3", price: "8.8" }] },
        { currency_code: "cny", rows: [{ threshold: "2", price: "9.9" }] },
      ],
    })
    expect(keys(formProblems(f))).toEqual({ "tiers.cny.1.threshold": "thresholdAboveMax", "tiers.cny": "currencyTwice" })
  })

  it("does not check the pricing of a live campaign (it cannot change)", () => {
    expect(formProblems(validForm({ max_per_group: "", tiers: [], product_id: "" }), true)).toEqual({})
  })
})

describe("campaign form: body", () => {
  it("creates a draft with numbers, nulls for empty limits, the kind's own setting only", () => {
    const body = campaignBody(validForm({ description: "  ", stock_cap: "100" }), { creating: true, locked: false })
    expect(body).toEqual({
      title: "三亚麒麟西瓜 拼团",
      description: null,
      kind: "team",
      product_id: "prod_1",
      variant_ids: ["variant_1"],
      max_per_group: 3,
      group_lifetime_hours: 24,
      cutoff_time: null,
      starts_at: new Date(validForm().starts_at).toISOString(),
      ends_at: new Date(validForm().ends_at).toISOString(),
      max_units_per_customer: null,
      max_joins_per_customer: null,
      stock_cap: 100,
      auto_fill: false,
      tiers: [
        { currency_code: "cny", threshold: 2, price: 9.9 },
        { currency_code: "cny", threshold: 3, price: 8.8 },
      ],
      status: "draft",
    })
    const community = campaignBody(validForm({ kind: "community", cutoff_time: "18:30" }), { creating: true, locked: false })
    expect(community).toMatchObject({ kind: "community", cutoff_time: "18:30", group_lifetime_hours: null })
  })

  it("leaves out what a live campaign may not change (the route would refuse campaign_not_draft)", () => {
    const body = campaignBody(validForm(), { creating: false, locked: true })
    for (const k of ["kind", "product_id", "variant_ids", "max_per_group", "tiers", "status"]) {
      expect(body).not.toHaveProperty(k)
    }
    expect(body).toMatchObject({ title: "三亚麒麟西瓜 拼团", group_lifetime_hours: 24 })
  })

  it("round-trips a campaign from the API: tiers grouped by currency, thresholds rising", () => {
    const campaign = {
      id: "gbcmp_1",
      title: "西瓜",
      description: null,
      kind: "team",
      status: "active",
      product_id: "prod_1",
      variant_ids: ["variant_1"],
      max_per_group: 5,
      group_lifetime_hours: 12,
      cutoff_time: null,
      starts_at: "2026-12-01T00:00:00.000Z",
      ends_at: "2026-12-08T00:00:00.000Z",
      max_units_per_customer: 2,
      max_joins_per_customer: null,
      stock_cap: null,
      sold_quantity: 3,
      auto_fill: true,
      tiers: [
        { currency_code: "cny", threshold: 3, price: 8.8 },
        { currency_code: "usd", threshold: 2, price: 1.5 },
        { currency_code: "cny", threshold: 2, price: 9.9 },
      ],
      group_counts: { open: 1, succeeded: 0, closed: 0, failed: 0 },
      product: null,
      created_at: "2026-11-30T00:00:00.000Z",
    } as AdminCampaign
    const f = formFromCampaign(campaign)
    expect(f.tiers).toEqual([
      { currency_code: "cny", rows: [{ threshold: "2", price: "9.9" }, { threshold: "3", price: "8.8" }] },
      { currency_code: "usd", rows: [{ threshold: "2", price: "1.5" }] },
    ])
    expect(f).toMatchObject({ max_per_group: "5", group_lifetime_hours: "12", max_units_per_customer: "2", max_joins_per_customer: "", stock_cap: "", auto_fill: true })
    expect(campaignBody(f, { creating: false, locked: false })).toMatchObject({
      starts_at: campaign.starts_at,
      ends_at: campaign.ends_at,
      max_per_group: 5,
    })
  })
})

describe("group display", () => {
  const tiers = [
    { currency_code: "cny", threshold: 2, price: 9.9 },
    { currency_code: "cny", threshold: 3, price: 8.8 },
  ]
  const group = { kind: "team" as const, member_count: 1, quantity: 1, capacity: 4, success_threshold: 2 }

  it("tells how many more a group needs to succeed and to reach the next tier", () => {
    expect(groupProgress(group, tiers)).toEqual({ count: 1, neededToSucceed: 1, reached: null, next: tiers[0], neededForNext: 1, percent: 25 })
    expect(groupProgress({ ...group, member_count: 2 }, tiers)).toMatchObject({ neededToSucceed: 0, reached: tiers[0], next: tiers[1], neededForNext: 1, percent: 50 })
    // community deals count units, not members
    expect(groupProgress({ ...group, kind: "community", member_count: 1, quantity: 3 }, tiers)).toMatchObject({ count: 3, reached: tiers[1], next: null })
  })

  it("prices a close at the confirmed members' tier, an auto-filled group at its first tier", () => {
    const g = { kind: "team" as const, confirmed_count: 3, confirmed_quantity: 3, auto_filled: false }
    expect(closingTier(g, tiers)).toBe(tiers[1])
    expect(closingTier({ ...g, auto_filled: true }, tiers)).toBe(tiers[0])
    expect(closingTier(g, [])).toBeNull()
  })

  it("names the payment state", () => {
    const p = { id: "pay_1", amount: 19.9, captured_amount: 0, refunded_amount: 0, captured: false, canceled: false }
    expect(paymentState({ payment: null })).toBe("none")
    expect(paymentState({ payment: p })).toBe("authorized")
    expect(paymentState({ payment: { ...p, canceled: true } })).toBe("voided")
    expect(paymentState({ payment: { ...p, captured: true, captured_amount: 19.9 } })).toBe("captured")
    expect(paymentState({ payment: { ...p, captured: true, captured_amount: 19.9, refunded_amount: 1.1 } })).toBe("partiallyRefunded")
    expect(paymentState({ payment: { ...p, captured: true, captured_amount: 19.9, refunded_amount: 19.9 } })).toBe("refunded")
  })

  it("summarises tiers per currency and sold of the stock", () => {
    const money = (n: number, c: string) => `${c.toUpperCase()} ${n.toFixed(2)}`
    expect(tiersSummary([...tiers, { currency_code: "usd", threshold: 2, price: 1.5 }], money)).toBe("2+ → CNY 9.90 · 3+ → CNY 8.80 / 2+ → USD 1.50")
    expect(soldOfStock({ sold_quantity: 12, stock_cap: 100 })).toBe("12 / 100")
    expect(soldOfStock({ sold_quantity: 0, stock_cap: null })).toBe("0 / ∞")
  })
})
