import { DateTime } from "luxon"
import type { CustomerTier, TierBasis } from "../types"
import { qualifiedTier, tierChange } from "../utils/tiers"
import { type Db, one, rows } from "./db"
import { spendOf } from "./reads"

const TIER_COLUMNS = `t.id, t.code, t.name, t.name_en, t.rank, t.multiplier, t.min_spend, t.free_shipping_threshold,
  t.customer_group_id, t.promotion_id`

type TierRow = Omit<CustomerTier, "multiplier" | "min_spend" | "free_shipping_threshold" | "since"> & {
  multiplier: string
  min_spend: string
  free_shipping_threshold: string | null
  since?: Date | null
}

function toTier(r: TierRow): CustomerTier {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    name_en: r.name_en,
    rank: r.rank,
    multiplier: Number(r.multiplier),
    min_spend: Number(r.min_spend),
    free_shipping_threshold: r.free_shipping_threshold === null ? null : Number(r.free_shipping_threshold),
    customer_group_id: r.customer_group_id,
    promotion_id: r.promotion_id,
    since: r.since ?? null,
  }
}

export async function listTiers(knex: Db): Promise<CustomerTier[]> {
  const found = await rows<TierRow>(
    knex,
    `SELECT ${TIER_COLUMNS} FROM loyalty_tier t WHERE t.deleted_at IS NULL ORDER BY t.rank`
  )
  return found.map(toTier)
}

/** The customer's tier; a customer never evaluated yet holds the entry tier (minimum spend 0), if any. */
export async function tierOf(knex: Db, customerId: string): Promise<CustomerTier | null> {
  const row = await one<TierRow>(
    knex,
    `SELECT ${TIER_COLUMNS}, a.tier_since AS since FROM loyalty_account a
     JOIN loyalty_tier t ON t.id = a.tier_id AND t.deleted_at IS NULL
     WHERE a.customer_id = ?`,
    [customerId]
  )
  if (row) {
    return toTier(row)
  }
  return qualifiedTier(await listTiers(knex), 0)
}

/** Start of the spend window: 12 months back for the rolling basis, null (everything) for lifetime. */
export function spendWindowStart(basis: TierBasis, now: Date): Date | null {
  return basis === "rolling_12_months" ? DateTime.fromJSDate(now).minus({ months: 12 }).toJSDate() : null
}

export type TierEvaluation = {
  spend: string
  /** The tier recorded on the account before (null: none yet). */
  previous: CustomerTier | null
  current: CustomerTier | null
  changed: boolean
}

/**
 * Re-evaluates a customer's tier from their spend. `upgrade` (after a received order) only moves up;
 * `review` (the yearly job) also moves down. The caller holds the account lock.
 */
export async function evaluateTier(
  knex: Db,
  customerId: string,
  { basis, now, mode }: { basis: TierBasis; now: Date; mode: "upgrade" | "review" }
): Promise<TierEvaluation> {
  const spend = await spendOf(knex, customerId, spendWindowStart(basis, now))
  const tiers = await listTiers(knex)
  const assigned = await one<{ tier_id: string | null }>(
    knex,
    "SELECT tier_id FROM loyalty_account WHERE customer_id = ?",
    [customerId]
  )
  const previous = tiers.find((t) => t.id === assigned?.tier_id) ?? null
  const change = tierChange(previous, qualifiedTier(tiers, spend), mode)
  if (change === undefined) {
    return { spend, previous, current: previous, changed: false }
  }
  await knex.raw(
    "UPDATE loyalty_account SET tier_id = ?, tier_since = ?, updated_at = now() WHERE customer_id = ?",
    [change?.id ?? null, now, customerId]
  )
  return { spend, previous, current: change, changed: true }
}
