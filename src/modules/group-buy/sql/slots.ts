import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MathBN } from "@medusajs/framework/utils"
import { conflict, invalid, notFound, refused } from "../../../lib/errors"
import type { GroupRow, MemberRow, ReserveSlotInput, ReservedSlot } from "../types"
import { cutoffFor, teamExpiry } from "../utils/cutoff"
import { shareToken } from "../utils/display"
import { joinPrice, successThreshold, type Tier, unitPriceAt } from "../utils/tiers"
import { NothingToDo, one, raw, rows } from "./db"

/**
 * Slots, stock and per-customer limits: every reservation of a campaign runs under that campaign's row
 * lock, taken by the very UPDATE that moves its stock counter (`sold_quantity + q <= stock_cap`). The
 * per-customer counts and the groups' counters read after it are therefore exact; each group counter
 * still moves only by a conditional UPDATE (`… + w <= capacity`), and a check constraint backs it. Lock
 * order everywhere: campaign → group → member.
 */

type CampaignRow = {
  id: string
  kind: "team" | "community"
  status: string
  starts_at: Date
  ends_at: Date
  variant_ids: string[]
  max_per_group: number
  group_lifetime_hours: number | null
  cutoff_time: string | null
  max_units_per_customer: number | null
  max_joins_per_customer: number | null
  stock_cap: number | null
  sold_quantity: number
}

const slotsOf = (g: Pick<GroupRow, "kind" | "member_count" | "quantity">) => (g.kind === "team" ? g.member_count : g.quantity)

/** Takes `quantity` units of campaign stock, locking the campaign; explains a refusal precisely. */
async function takeStock(trx: Knex.Transaction, input: ReserveSlotInput): Promise<CampaignRow> {
  const taken = await one<CampaignRow>(
    trx,
    `UPDATE group_buy_campaign SET sold_quantity = sold_quantity + ?, updated_at = now()
      WHERE id = ? AND deleted_at IS NULL AND status = 'active' AND starts_at <= ? AND ends_at > ?
        AND ? = ANY(variant_ids) AND (stock_cap IS NULL OR sold_quantity + ? <= stock_cap)
      RETURNING *`,
    [input.quantity, input.campaign_id, input.now, input.now, input.variant_id, input.quantity]
  )
  if (taken) {
    return taken
  }
  const c = await one<CampaignRow>(trx, `SELECT * FROM group_buy_campaign WHERE id = ? AND deleted_at IS NULL`, [
    input.campaign_id,
  ])
  if (!c) {
    throw notFound("campaign_not_found", `Group-buy campaign ${input.campaign_id} was not found`)
  }
  if (c.status !== "active") {
    throw refused("campaign_inactive", `Campaign ${c.id} is ${c.status}, not active`)
  }
  if (input.now < new Date(c.starts_at)) {
    throw refused("campaign_not_started", `Campaign ${c.id} starts at ${new Date(c.starts_at).toISOString()}`)
  }
  if (input.now >= new Date(c.ends_at)) {
    throw refused("campaign_ended", `Campaign ${c.id} ended at ${new Date(c.ends_at).toISOString()}`)
  }
  if (!c.variant_ids.includes(input.variant_id)) {
    throw invalid("variant_not_in_campaign", `Variant ${input.variant_id} is not sold by campaign ${c.id}`)
  }
  const left = Math.max(0, (c.stock_cap ?? 0) - c.sold_quantity)
  throw conflict("campaign_sold_out", `Campaign ${c.id} has ${left} unit(s) left, ${input.quantity} asked`)
}

/** Per-customer limits, exact under the campaign lock (live memberships: pending and confirmed). */
async function checkCustomerLimits(trx: Knex.Transaction, c: CampaignRow, input: ReserveSlotInput) {
  if (c.max_joins_per_customer == null && c.max_units_per_customer == null) {
    return
  }
  const used = await one<{ joins: number; units: number }>(
    trx,
    `SELECT count(*)::int AS joins, coalesce(sum(quantity), 0)::int AS units FROM group_buy_member
      WHERE campaign_id = ? AND customer_id = ? AND status IN ('pending', 'confirmed') AND deleted_at IS NULL`,
    [c.id, input.customer_id]
  )
  if (c.max_joins_per_customer != null && used!.joins + 1 > c.max_joins_per_customer) {
    throw refused(
      "customer_join_limit",
      `Customer ${input.customer_id} already joined campaign ${c.id} ${used!.joins} time(s); the limit is ${c.max_joins_per_customer}`
    )
  }
  if (c.max_units_per_customer != null && used!.units + input.quantity > c.max_units_per_customer) {
    throw refused(
      "customer_unit_limit",
      `Customer ${input.customer_id} may buy ${c.max_units_per_customer} unit(s) of campaign ${c.id}; ${used!.units} bought, ${input.quantity} more asked`
    )
  }
}

export async function campaignTiers(db: Knex | Knex.Transaction, campaignId: string, currencyCode: string): Promise<Tier[]> {
  const tiers = await rows<{ threshold: number; price: string }>(
    db,
    `SELECT threshold, price::text AS price FROM group_buy_tier
      WHERE campaign_id = ? AND currency_code = ? AND deleted_at IS NULL ORDER BY threshold`,
    [campaignId, currencyCode]
  )
  return tiers
}

/** Takes a slot in one group if it is joinable and its place's price is covered by what was paid. */
async function takeSlot(
  trx: Knex.Transaction,
  group: GroupRow,
  w: number,
  q: number,
  tiers: Tier[],
  paid: ReserveSlotInput["unit_price"],
  now: Date
): Promise<boolean> {
  if (!["open", "succeeded"].includes(group.status) || new Date(group.expires_at) <= now) {
    return false
  }
  if (slotsOf(group) + w > group.capacity) {
    return false
  }
  if (MathBN.lt(paid, joinPrice(tiers, slotsOf(group), w))) {
    return false
  }
  const updated = await one<{ id: string }>(
    trx,
    `UPDATE group_buy_group SET member_count = member_count + 1, quantity = quantity + ?, updated_at = now()
      WHERE id = ? AND deleted_at IS NULL AND status IN ('open', 'succeeded') AND expires_at > ?
        AND (CASE WHEN kind = 'team' THEN member_count ELSE quantity END) + ? <= capacity
      RETURNING id`,
    [q, group.id, now, w]
  )
  return !!updated
}

async function hasLiveMembership(trx: Knex.Transaction, groupId: string, customerId: string): Promise<boolean> {
  const r = await one(
    trx,
    `SELECT 1 FROM group_buy_member WHERE group_id = ? AND customer_id = ? AND status IN ('pending', 'confirmed') AND deleted_at IS NULL`,
    [groupId, customerId]
  )
  return !!r
}

/** Why a chosen group cannot take this payer (for the refusal when no other group can either). */
function unavailableReason(group: GroupRow, w: number, now: Date): { code: string; message: string } {
  if (!["open", "succeeded"].includes(group.status) || new Date(group.expires_at) <= now) {
    return { code: "group_closed", message: `Group ${group.id} is ${group.status === "open" ? "expired" : group.status} and takes no members` }
  }
  if (slotsOf(group) + w > group.capacity) {
    return { code: "group_full", message: `Group ${group.id} is full (${slotsOf(group)} of ${group.capacity})` }
  }
  return {
    code: "group_price_changed",
    message: `The price of a place in group ${group.id} changed since it was put in the cart; join again`,
  }
}

/**
 * Reserves a place for a cart (see the type). Idempotent by cart: a repeated completion finds its member.
 * Overflow: a payer whose chosen group cannot take them is moved to another open group of the campaign
 * (team: any; community: same point and cutoff day) whose place costs no more than they paid, else into a
 * new group when they paid at least its first price; otherwise refused (`group_full`, `group_closed`,
 * `group_price_changed`). Nothing is written on a refusal.
 */
export async function reserveSlot(trx: Knex.Transaction, input: ReserveSlotInput): Promise<ReservedSlot> {
  const existing = await one<{ id: string; group_id: string }>(
    trx,
    `SELECT id, group_id FROM group_buy_member WHERE cart_id = ? AND deleted_at IS NULL`,
    [input.cart_id]
  )
  if (existing) {
    return { member_id: existing.id, group_id: existing.group_id, existing: true, created_group: false, moved: false }
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1) {
    throw invalid("invalid_quantity", `Quantity ${input.quantity} must be a whole number of at least 1`)
  }
  const campaign = await takeStock(trx, input)
  await checkCustomerLimits(trx, campaign, input)
  const tiers = await campaignTiers(trx, campaign.id, input.currency_code)
  if (!tiers.length) {
    throw invalid("currency_not_supported", `Campaign ${campaign.id} has no price in ${input.currency_code}`)
  }
  const w = campaign.kind === "team" ? 1 : input.quantity
  if (w > campaign.max_per_group) {
    throw refused("group_quantity_too_large", `A group of campaign ${campaign.id} holds at most ${campaign.max_per_group} unit(s)`)
  }
  if (campaign.kind === "community" && !input.pickup_point_id) {
    throw invalid("pickup_point_required", `Campaign ${campaign.id} is a community deal: collect the order at a pickup point`)
  }
  const day = campaign.kind === "community" ? cutoffFor(input.now, campaign.cutoff_time!, input.time_zone) : null

  let chosen: GroupRow | null = null
  let refusal: { code: string; message: string } | null = null
  if (input.group_id) {
    const group = await one<GroupRow>(
      trx,
      `SELECT * FROM group_buy_group WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.group_id]
    )
    if (!group || group.campaign_id !== campaign.id) {
      throw notFound("group_not_found", `Group ${input.group_id} of campaign ${campaign.id} was not found`)
    }
    if (group.currency_code !== input.currency_code) {
      throw invalid("currency_mismatch", `Group ${group.id} is in ${group.currency_code}, the cart in ${input.currency_code}`)
    }
    if (campaign.kind === "community" && group.pickup_point_id !== input.pickup_point_id) {
      throw refused(
        "pickup_point_mismatch",
        `Group ${group.id} collects at pickup point ${group.pickup_point_id}; the cart is for ${input.pickup_point_id}`
      )
    }
    if (campaign.kind === "team" && (await hasLiveMembership(trx, group.id, input.customer_id))) {
      throw refused("already_in_group", `Customer ${input.customer_id} is already a member of group ${group.id}`)
    }
    if (await takeSlot(trx, group, w, input.quantity, tiers, input.unit_price, input.now)) {
      chosen = group
    } else {
      refusal = unavailableReason(group, w, input.now)
    }
  }

  let moved = false
  // Overflow (a join) or a community order without a group: the other groups that can take this payer.
  if (!chosen && (input.group_id || campaign.kind === "community")) {
    const candidates = await rows<GroupRow>(
      trx,
      `SELECT * FROM group_buy_group g
        WHERE g.campaign_id = ? AND g.currency_code = ? AND g.deleted_at IS NULL AND g.id <> ?
          AND g.status IN ('open', 'succeeded') AND g.expires_at > ?
          AND (CASE WHEN g.kind = 'team' THEN g.member_count ELSE g.quantity END) + ? <= g.capacity
          AND (?::text IS NULL OR (g.pickup_point_id = ? AND g.cutoff_day = ?))
          AND NOT EXISTS (SELECT 1 FROM group_buy_member m WHERE m.group_id = g.id AND m.customer_id = ?
                            AND m.status IN ('pending', 'confirmed') AND m.deleted_at IS NULL AND g.kind = 'team')
        ORDER BY (g.status = 'open') DESC, g.expires_at, g.id
        LIMIT 20
        FOR UPDATE SKIP LOCKED`,
      [
        campaign.id,
        input.currency_code,
        input.group_id ?? "",
        input.now,
        w,
        day ? input.pickup_point_id : null,
        input.pickup_point_id ?? null,
        day?.cutoff_day ?? null,
        input.customer_id,
      ]
    )
    for (const g of candidates) {
      if (await takeSlot(trx, g, w, input.quantity, tiers, input.unit_price, input.now)) {
        chosen = g
        moved = !!input.group_id
        break
      }
    }
  }

  let created = false
  if (!chosen) {
    // A new group: for "open a group", or an overflow/community payer who paid at least its first price.
    const openForDay = day
      ? await one(
          trx,
          `SELECT 1 FROM group_buy_group WHERE campaign_id = ? AND pickup_point_id = ? AND cutoff_day = ?
            AND status = 'open' AND deleted_at IS NULL`,
          [campaign.id, input.pickup_point_id, day.cutoff_day]
        )
      : null
    const affordable = MathBN.gte(input.unit_price, unitPriceAt(tiers, w))
    if (!affordable || openForDay) {
      const r = refusal ?? {
        code: openForDay ? "group_full" : "group_price_changed",
        message: openForDay
          ? `Today's group of campaign ${campaign.id} at pickup point ${input.pickup_point_id} is full`
          : `The group price of campaign ${campaign.id} changed since it was put in the cart; join again`,
      }
      throw conflict(r.code, r.message)
    }
    const endsAt = new Date(campaign.ends_at)
    const expires_at = day
      ? new Date(Math.min(day.expires_at.getTime(), endsAt.getTime()))
      : teamExpiry(input.now, campaign.group_lifetime_hours!, endsAt)
    chosen = (await one<GroupRow>(
      trx,
      `INSERT INTO group_buy_group (id, campaign_id, kind, status, currency_code, initiator_customer_id, pickup_point_id,
          leader_id, cutoff_day, share_token, capacity, success_threshold, member_count, quantity, expires_at)
        VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
        RETURNING *`,
      [
        generateEntityId(undefined, "gbgrp"),
        campaign.id,
        campaign.kind,
        input.currency_code,
        input.customer_id,
        day ? input.pickup_point_id : null,
        day ? input.leader_id ?? null : null,
        day?.cutoff_day ?? null,
        shareToken(),
        campaign.max_per_group,
        successThreshold(tiers),
        input.quantity,
        expires_at,
      ]
    ))!
    created = true
    moved = !!input.group_id
  }

  const member = await one<{ id: string }>(
    trx,
    `INSERT INTO group_buy_member (id, group_id, campaign_id, customer_id, cart_id, line_item_id, variant_id, quantity,
        unit_price, raw_unit_price, currency_code, status, refunded_amount, raw_refunded_amount)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'pending', 0, ?::jsonb)
      RETURNING id`,
    [
      generateEntityId(undefined, "gbmem"),
      chosen.id,
      campaign.id,
      input.customer_id,
      input.cart_id,
      input.line_item_id ?? null,
      input.variant_id,
      input.quantity,
      MathBN.convert(input.unit_price).toString(),
      raw(MathBN.convert(input.unit_price).toString()),
      input.currency_code,
      raw(0),
    ]
  )
  return { member_id: member!.id, group_id: chosen.id, existing: false, created_group: created, moved }
}

/**
 * Gives back a pending member's place (its checkout failed after the reservation): stock, the group's
 * counters, the row itself, and the group if it was opened for this member and holds no one else.
 * Returns false when there was nothing pending to release.
 */
export async function releaseSlot(trx: Knex.Transaction, memberId: string, createdGroup: boolean): Promise<boolean> {
  const m = await one<MemberRow>(trx, `SELECT * FROM group_buy_member WHERE id = ? AND status = 'pending'`, [memberId])
  if (!m) {
    return false
  }
  await trx.raw(`UPDATE group_buy_campaign SET sold_quantity = sold_quantity - ?, updated_at = now() WHERE id = ?`, [
    m.quantity,
    m.campaign_id,
  ])
  await trx.raw(
    `UPDATE group_buy_group SET member_count = member_count - 1, quantity = quantity - ?, updated_at = now() WHERE id = ?`,
    [m.quantity, m.group_id]
  )
  const deleted = await one(trx, `DELETE FROM group_buy_member WHERE id = ? AND status = 'pending' RETURNING id`, [memberId])
  if (!deleted) {
    throw new NothingToDo()
  }
  if (createdGroup) {
    // Only a group nobody else is in (no member row of any status): it was this checkout's own.
    await trx.raw(
      `DELETE FROM group_buy_group g WHERE g.id = ? AND g.status = 'open' AND g.member_count = 0 AND g.confirmed_count = 0
          AND NOT EXISTS (SELECT 1 FROM group_buy_member x WHERE x.group_id = g.id)`,
      [m.group_id]
    )
  }
  return true
}

/**
 * Confirms the pending member of a cart once its order exists: counts it, moves the group's tier, and
 * turns an open group that reached its first threshold into a succeeded one. Idempotent (a confirmed
 * member is returned as it is). A member confirmed into a closed or failed group re-opens the group's
 * settlement so that the job captures or refunds it.
 */
export async function confirmMember(
  trx: Knex.Transaction,
  input: { cart_id: string; order_id: string; now: Date }
): Promise<{ member: MemberRow; group: GroupRow; confirmed_now: boolean; succeeded_now: boolean } | null> {
  const m = await one<MemberRow>(trx, `SELECT * FROM group_buy_member WHERE cart_id = ? AND deleted_at IS NULL`, [input.cart_id])
  if (!m) {
    return null
  }
  const group = (await one<GroupRow>(trx, `SELECT * FROM group_buy_group WHERE id = ? FOR UPDATE`, [m.group_id]))!
  if (m.status !== "pending") {
    return { member: m, group, confirmed_now: false, succeeded_now: false }
  }
  const member = await one<MemberRow>(
    trx,
    `UPDATE group_buy_member SET status = 'confirmed', order_id = ?, confirmed_at = ?, updated_at = now()
      WHERE id = ? AND status = 'pending' RETURNING *`,
    [input.order_id, input.now, m.id]
  )
  if (!member) {
    const again = (await one<MemberRow>(trx, `SELECT * FROM group_buy_member WHERE id = ?`, [m.id]))!
    return { member: again, group, confirmed_now: false, succeeded_now: false }
  }
  const tiers = await campaignTiers(trx, group.campaign_id, group.currency_code)
  const confirmedSlots = group.kind === "team" ? group.confirmed_count + 1 : group.confirmed_quantity + member.quantity
  const reached = tiers.filter((t) => t.threshold <= confirmedSlots).pop()
  const succeeds = group.status === "open" && confirmedSlots >= group.success_threshold
  const updated = (await one<GroupRow>(
    trx,
    `UPDATE group_buy_group SET confirmed_count = confirmed_count + 1, confirmed_quantity = confirmed_quantity + ?,
        current_tier_threshold = ?, status = ?, succeeded_at = CASE WHEN ? THEN ?::timestamptz ELSE succeeded_at END,
        settled_at = CASE WHEN status IN ('closed', 'failed') THEN NULL ELSE settled_at END, updated_at = now()
      WHERE id = ? RETURNING *`,
    [
      member.quantity,
      reached?.threshold ?? null,
      succeeds ? "succeeded" : group.status,
      succeeds,
      input.now,
      group.id,
    ]
  ))!
  return { member, group: updated, confirmed_now: true, succeeded_now: succeeds }
}
