import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { leadersByIds } from "../helpers"

type RuleLike = {
  id: string
  scope: "default" | "category" | "product" | "leader"
  target_id: string | null
  pickup_rate: unknown
  referral_l1_rate: unknown
  referral_l2_rate: unknown
  is_active: boolean
  note: string | null
  created_at: Date | string
  updated_at: Date | string
}

const rate = (v: unknown) => (v === null || v === undefined ? null : MathBN.convert(v as number).toNumber())

/** Rules with the name of what they target (category, product title, leader). */
export async function presentRules(container: MedusaContainer, rules: RuleLike[]) {
  const ids = (scope: RuleLike["scope"]) => rules.filter((r) => r.scope === scope && r.target_id).map((r) => r.target_id!)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const names = new Map<string, string>()
  if (ids("category").length) {
    const { data } = await query.graph({ entity: "product_category", fields: ["id", "name"], filters: { id: ids("category") } })
    data.forEach((c) => names.set(c.id, c.name))
  }
  if (ids("product").length) {
    const { data } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: ids("product") } })
    data.forEach((p) => names.set(p.id, p.title))
  }
  if (ids("leader").length) {
    const { byId } = await leadersByIds(container, { leader_ids: ids("leader") })
    byId.forEach((l) => names.set(l.id, l.name))
  }
  return rules.map((r) => ({
    id: r.id,
    scope: r.scope,
    target_id: r.target_id,
    target_name: r.target_id ? names.get(r.target_id) ?? null : null,
    pickup_rate: rate(r.pickup_rate),
    referral_l1_rate: rate(r.referral_l1_rate),
    referral_l2_rate: rate(r.referral_l2_rate),
    is_active: r.is_active,
    note: r.note,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }))
}
