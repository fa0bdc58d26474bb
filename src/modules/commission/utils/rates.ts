import { type BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { roundMoney } from "../../../lib/money"

export type CommissionKind = "pickup" | "referral_l1" | "referral_l2"
export type RuleScope = "default" | "category" | "product" | "leader"

export type RateRule = {
  id: string
  scope: RuleScope
  target_id: string | null
  pickup_rate: BigNumberInput | null
  referral_l1_rate: BigNumberInput | null
  referral_l2_rate: BigNumberInput | null
  is_active: boolean
  created_at: Date | string
}

/** A line's product and its categories: `depth` 0 for a direct category, 1 for its parent, and so on. */
export type RateTarget = {
  product_id: string | null
  categories: { id: string; depth: number }[]
  /** The beneficiary's leader id, when the beneficiary is a leader. */
  leader_id: string | null
}

export type ResolvedRate = { rate: string; rule_id: string; scope: RuleScope }

const RATE_FIELD: Record<CommissionKind, "pickup_rate" | "referral_l1_rate" | "referral_l2_rate"> = {
  pickup: "pickup_rate",
  referral_l1: "referral_l1_rate",
  referral_l2: "referral_l2_rate",
}

/** Newest first; equal instants by id, descending (ids are time-ordered ulids). */
function newestFirst(a: RateRule, b: RateRule): number {
  const dt = new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  return dt !== 0 ? dt : a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/**
 * The rate (a percentage) one kind of commission earns on one line: the most specific active rule that
 * sets a rate for this kind wins, in the order leader > product > category > default. Among category
 * rules the nearest category wins (the product's own before a parent's); any remaining tie goes to the
 * newest rule. A rule that leaves this kind's rate empty is skipped, so e.g. a product rule may change
 * only the pickup rate and keep the referral rates of the category or default rule. Null: no rule at all.
 */
export function resolveRate(rules: RateRule[], kind: CommissionKind, target: RateTarget): ResolvedRate | null {
  const field = RATE_FIELD[kind]
  const usable = rules.filter((r) => r.is_active && r[field] !== null && r[field] !== undefined)
  const pick = (candidates: RateRule[]): ResolvedRate | null => {
    const [best] = [...candidates].sort(newestFirst)
    return best ? { rate: MathBN.convert(best[field]!).toString(), rule_id: best.id, scope: best.scope } : null
  }
  if (target.leader_id) {
    const hit = pick(usable.filter((r) => r.scope === "leader" && r.target_id === target.leader_id))
    if (hit) return hit
  }
  if (target.product_id) {
    const hit = pick(usable.filter((r) => r.scope === "product" && r.target_id === target.product_id))
    if (hit) return hit
  }
  const depths = [...new Set(target.categories.map((c) => c.depth))].sort((a, b) => a - b)
  for (const depth of depths) {
    const ids = new Set(target.categories.filter((c) => c.depth === depth).map((c) => c.id))
    const hit = pick(usable.filter((r) => r.scope === "category" && r.target_id !== null && ids.has(r.target_id)))
    if (hit) return hit
  }
  return pick(usable.filter((r) => r.scope === "default"))
}

/** `rate`% of `base`, rounded to the currency's minor unit (half away from zero). */
export function commissionAmount(base: BigNumberInput, rate: BigNumberInput, currencyCode: string): string {
  return MathBN.convert(roundMoney(MathBN.div(MathBN.mult(base, rate), 100), currencyCode)).toString()
}

/**
 * Categories of a product with their distance from it, from the categories' materialized paths
 * (`mpath` "root.parent.child", as Medusa's product module keeps them): the product's own categories
 * at depth 0, their parents at 1, … A category reached twice keeps its smallest depth.
 */
export function categoryDepths(categories: { id: string; mpath?: string | null }[]): { id: string; depth: number }[] {
  const best = new Map<string, number>()
  for (const c of categories) {
    const path = (c.mpath ?? c.id).split(".").filter(Boolean)
    const chain = path[path.length - 1] === c.id ? path : [...path, c.id]
    chain.reverse().forEach((id, depth) => {
      if (!best.has(id) || best.get(id)! > depth) best.set(id, depth)
    })
  }
  return [...best.entries()].map(([id, depth]) => ({ id, depth })).sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : 1))
}
