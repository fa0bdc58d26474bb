import type { CustomerTier, LedgerEntry } from "../../../modules/loyalty/types"

export function presentEntry(e: LedgerEntry) {
  return {
    id: e.id,
    delta: e.delta,
    kind: e.kind,
    expires_at: e.expires_at,
    order_id: e.order_id,
    note: e.note,
    created_at: e.created_at,
  }
}

export function presentTier(t: CustomerTier | null) {
  if (!t) {
    return null
  }
  return {
    code: t.code,
    name: t.name,
    name_en: t.name_en,
    rank: t.rank,
    multiplier: t.multiplier,
    min_spend: t.min_spend,
    free_shipping_threshold: t.free_shipping_threshold,
  }
}
