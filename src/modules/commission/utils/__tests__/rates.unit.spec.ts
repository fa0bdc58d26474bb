import { categoryDepths, commissionAmount, type RateRule, resolveRate } from "../rates"

const rule = (over: Partial<RateRule> & Pick<RateRule, "id" | "scope">): RateRule => ({
  target_id: null,
  pickup_rate: null,
  referral_l1_rate: null,
  referral_l2_rate: null,
  is_active: true,
  created_at: "2026-01-01T00:00:00Z",
  ...over,
})

const DEFAULT = rule({ id: "r_def", scope: "default", pickup_rate: 5, referral_l1_rate: 3, referral_l2_rate: 1 })
const target = { product_id: "prod_egg", categories: [{ id: "cat_eggs", depth: 0 }, { id: "cat_fresh", depth: 1 }], leader_id: "ldr_a" }

describe("resolveRate", () => {
  it("uses the default rule when nothing more specific matches", () => {
    expect(resolveRate([DEFAULT], "pickup", target)).toEqual({ rate: "5", rule_id: "r_def", scope: "default" })
    expect(resolveRate([DEFAULT], "referral_l2", target)?.rate).toBe("1")
  })

  it("is null when no rule sets the kind at all", () => {
    expect(resolveRate([], "pickup", target)).toBeNull()
    expect(resolveRate([rule({ id: "r", scope: "default", pickup_rate: 5 })], "referral_l1", target)).toBeNull()
  })

  it("prefers leader over product over category over default", () => {
    const rules = [
      DEFAULT,
      rule({ id: "r_cat", scope: "category", target_id: "cat_eggs", pickup_rate: 6 }),
      rule({ id: "r_prod", scope: "product", target_id: "prod_egg", pickup_rate: 7 }),
      rule({ id: "r_ldr", scope: "leader", target_id: "ldr_a", pickup_rate: 8 }),
    ]
    expect(resolveRate(rules, "pickup", target)?.rule_id).toBe("r_ldr")
    expect(resolveRate(rules, "pickup", { ...target, leader_id: "ldr_b" })?.rule_id).toBe("r_prod")
    expect(resolveRate(rules, "pickup", { ...target, leader_id: null, product_id: "prod_other" })?.rule_id).toBe("r_cat")
    expect(resolveRate(rules, "pickup", { product_id: "p", categories: [], leader_id: null })?.rule_id).toBe("r_def")
  })

  it("falls through per kind: a rule without a rate for this kind leaves it to the next one", () => {
    const rules = [DEFAULT, rule({ id: "r_prod", scope: "product", target_id: "prod_egg", pickup_rate: 10 })]
    expect(resolveRate(rules, "pickup", target)?.rate).toBe("10")
    expect(resolveRate(rules, "referral_l1", target)).toMatchObject({ rate: "3", rule_id: "r_def" })
  })

  it("breaks ties by the newest rule", () => {
    const rules = [
      rule({ id: "r_old", scope: "product", target_id: "prod_egg", pickup_rate: 4, created_at: "2026-01-01T00:00:00Z" }),
      rule({ id: "r_new", scope: "product", target_id: "prod_egg", pickup_rate: 9, created_at: "2026-03-01T00:00:00Z" }),
      rule({ id: "r_def2", scope: "default", pickup_rate: 2, created_at: "2026-02-01T00:00:00Z" }),
      DEFAULT,
    ]
    expect(resolveRate(rules, "pickup", target)?.rule_id).toBe("r_new")
    expect(resolveRate(rules, "pickup", { product_id: null, categories: [], leader_id: null })?.rule_id).toBe("r_def2")
  })

  it("prefers the product's own category to a parent's, whatever their age", () => {
    const rules = [
      rule({ id: "r_parent", scope: "category", target_id: "cat_fresh", pickup_rate: 4, created_at: "2026-05-01T00:00:00Z" }),
      rule({ id: "r_own", scope: "category", target_id: "cat_eggs", pickup_rate: 6, created_at: "2026-01-01T00:00:00Z" }),
    ]
    expect(resolveRate(rules, "pickup", target)?.rule_id).toBe("r_own")
    expect(resolveRate(rules.slice(0, 1), "pickup", target)?.rule_id).toBe("r_parent")
  })

  it("ignores inactive rules", () => {
    const rules = [DEFAULT, rule({ id: "r_off", scope: "product", target_id: "prod_egg", pickup_rate: 50, is_active: false })]
    expect(resolveRate(rules, "pickup", target)?.rule_id).toBe("r_def")
  })

  it("accepts a zero rate as a real rate (no commission), not as missing", () => {
    const rules = [DEFAULT, rule({ id: "r_zero", scope: "product", target_id: "prod_egg", pickup_rate: 0 })]
    expect(resolveRate(rules, "pickup", target)).toMatchObject({ rate: "0", rule_id: "r_zero" })
  })
})

describe("commissionAmount", () => {
  it("is the rate's share of the paid amount, rounded half up to the fen", () => {
    expect(commissionAmount("88", "10", "cny")).toBe("8.8") // 10% of 88.00
    expect(commissionAmount("19.9", "5", "cny")).toBe("1") // 5% of 19.90 = 0.995 → 1.00
    expect(commissionAmount("19.9", "3", "cny")).toBe("0.6") // 3% of 19.90 = 0.597 → 0.60
    expect(commissionAmount("33.33", "1.5", "cny")).toBe("0.5") // 1.5% of 33.33 = 0.49995 → 0.50
    expect(commissionAmount("1000", "2.5", "jpy")).toBe("25")
    expect(commissionAmount("999", "2.5", "jpy")).toBe("25") // 24.975 → 25 (no minor unit)
  })
})

describe("categoryDepths", () => {
  it("lists the own categories at depth 0 and their ancestors further up, each once at its nearest", () => {
    expect(
      categoryDepths([
        { id: "c_eggs", mpath: "c_food.c_fresh.c_eggs" },
        { id: "c_fresh", mpath: "c_food.c_fresh" },
      ])
    ).toEqual([
      { id: "c_eggs", depth: 0 },
      { id: "c_fresh", depth: 0 },
      { id: "c_food", depth: 1 },
    ])
    expect(categoryDepths([{ id: "c_x", mpath: null }])).toEqual([{ id: "c_x", depth: 0 }])
  })
})
