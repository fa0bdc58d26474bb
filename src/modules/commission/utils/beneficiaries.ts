import type { CommissionKind } from "./rates"

/** Someone who can earn: a customer, and their leader id when they are an active leader. */
export type Person = { customer_id: string; leader_id: string | null }

export type Beneficiary = Person & { kind: CommissionKind }

/**
 * Who earns on a buyer's order line, at most three people:
 * - `pickup`: the leader whose pickup point serves the order;
 * - `referral_l1`: the buyer's upline (their bound leader, else the customer who referred them);
 * - `referral_l2`: the level-1 person's own upline. Never deeper.
 * Nobody earns on their own purchase, and nobody earns twice on one line: a later kind naming someone who
 * already earns (typically the bound leader who is also the pickup leader) is dropped, without moving
 * anyone up a level.
 */
export function planBeneficiaries(input: {
  buyer_id: string | null
  pickup: Person | null
  level1: Person | null
  level2: Person | null
}): Beneficiary[] {
  const out: Beneficiary[] = []
  const seen = new Set<string>(input.buyer_id ? [input.buyer_id] : [])
  const add = (person: Person | null, kind: CommissionKind) => {
    if (!person || seen.has(person.customer_id)) return
    seen.add(person.customer_id)
    out.push({ ...person, kind })
  }
  add(input.pickup, "pickup")
  add(input.level1, "referral_l1")
  // Level 2 exists only above a level-1 person (even when that person was dropped as a duplicate).
  add(input.level1 ? input.level2 : null, "referral_l2")
  return out
}
