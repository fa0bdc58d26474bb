import type { BigNumberInput } from "@medusajs/framework/types"
import { toMoneyNumber } from "../../../lib/money"
import type { GroupRow } from "../types"
import { timeLeftMs } from "./display"
import { joinPrice, nextTier, tierAt, type Tier } from "./tiers"

/** How groups and tiers look to storefronts (and to the admin), pure. Money as numbers in major units. */
export type CurrencyTier = Tier & { currency_code: string }

export function presentTier(t: CurrencyTier) {
  return { currency_code: t.currency_code, threshold: t.threshold, price: toMoneyNumber(t.price, t.currency_code) }
}

type GroupLike = Pick<
  GroupRow,
  | "id"
  | "campaign_id"
  | "kind"
  | "status"
  | "currency_code"
  | "expires_at"
  | "member_count"
  | "quantity"
  | "confirmed_count"
  | "confirmed_quantity"
  | "capacity"
  | "success_threshold"
  | "pickup_point_id"
  | "share_token"
  | "auto_filled"
>

/** A group as a storefront lists it: counts, time left, current and next tier, what joining costs now. */
export function presentGroupSummary(g: GroupLike, allTiers: CurrencyTier[], now: Date) {
  const tiers = allTiers.filter((t) => t.currency_code === g.currency_code)
  const confirmed = g.kind === "team" ? g.confirmed_count : g.confirmed_quantity
  const taken = g.kind === "team" ? g.member_count : g.quantity
  const current = tierAt(tiers, confirmed)
  const next = nextTier(tiers, confirmed)
  const joinable = ["open", "succeeded"].includes(g.status) && new Date(g.expires_at) > now && taken < g.capacity
  return {
    id: g.id,
    campaign_id: g.campaign_id,
    kind: g.kind,
    status: g.status,
    currency_code: g.currency_code,
    expires_at: new Date(g.expires_at),
    time_left_ms: ["open", "succeeded"].includes(g.status) ? timeLeftMs(g.expires_at, now) : 0,
    members_count: g.confirmed_count,
    quantity: g.confirmed_quantity,
    places_taken: taken,
    capacity: g.capacity,
    success_threshold: g.success_threshold,
    needed_to_succeed: Math.max(0, g.success_threshold - confirmed),
    current_tier: current ? presentTier(current) : null,
    next_tier: next ? presentTier(next) : null,
    join_price: joinable && tiers.length ? money(joinPrice(tiers, taken, 1), g.currency_code) : null,
    pickup_point_id: g.pickup_point_id,
    share_token: g.share_token,
    auto_filled: g.auto_filled,
  }
}

export const money = (v: BigNumberInput | null | undefined, currency: string) =>
  v === null || v === undefined ? null : toMoneyNumber(v, currency)

/** The storefront path a share link points at (the storefront resolves it with GET /store/group-buy/share/{token}). */
export const sharePath = (token: string) => `/group-buy/share/${token}`
