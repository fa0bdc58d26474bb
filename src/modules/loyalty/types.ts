import type { ENTRY_KINDS } from "./models/entry"
import type { TIER_BASES } from "./models/settings"

export type EntryKind = (typeof ENTRY_KINDS)[number]
export type TierBasis = (typeof TIER_BASES)[number]

export type LedgerEntry = {
  id: string
  customer_id: string
  delta: number
  kind: EntryKind
  reference: string
  expires_at: Date | null
  order_id: string | null
  note: string | null
  created_by: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
}

export type CreditPointsInput = {
  customer_id: string
  points: number
  kind: EntryKind
  /** Unique per kind: replaying the same (kind, reference) credits nothing and returns the first entry. */
  reference: string
  note?: string | null
  order_id?: string | null
  created_by?: string | null
  metadata?: Record<string, unknown> | null
  /** Overrides the settings' expiry (null: never expires). */
  expires_at?: Date | null
  /** The clock (tests pass one); default now. */
  now?: Date
}

export type DebitPointsInput = Omit<CreditPointsInput, "expires_at"> & {
  /** Debit what the balance allows instead of refusing (reversals of earned points). */
  allow_partial?: boolean
}

export type LedgerResult = {
  entry: LedgerEntry | null
  /** False when (kind, reference) was already on the ledger: nothing changed. */
  created: boolean
  balance: number
  /** Points a partial debit could not take (the balance was too low). */
  shortfall?: number
}

/** Points a debit took from lots, grouped by the lots' expiry (restored with the same expiry). */
export type ConsumedLots = { expires_at: string | null; points: number }[]

export type Balance = {
  customer_id: string
  balance: number
}

export type ExpiringSoon = {
  points: number
  days: number
  until: Date
  lots: { expires_at: Date; points: number }[]
}

export type CustomerTier = {
  id: string
  code: string
  name: string
  name_en: string | null
  rank: number
  multiplier: number
  min_spend: number
  free_shipping_threshold: number | null
  customer_group_id: string | null
  promotion_id: string | null
  since: Date | null
}

export type LoyaltySettingsValues = {
  currency_code: string
  earn_points_per_unit: number
  redeem_points_per_unit: number
  redeem_max_share: number
  expiry_months: number
  expiring_soon_days: number
  checkin_rewards: number[]
  tier_basis: TierBasis
  tier_review_date: string
  last_tier_review_year: number | null
}

export type CheckInResult = {
  created: boolean
  day: string
  streak: number
  points: number
  /** What checking in tomorrow would earn if the streak continues. */
  tomorrow_points: number
  entry_id: string
  balance: number
}

/** A membership tier as operators configure it. */
export type TierInput = {
  code: string
  name: string
  name_en?: string | null
  rank: number
  min_spend: number
  multiplier: number
  free_shipping_threshold?: number | null
}
