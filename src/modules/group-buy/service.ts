import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MathBN, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { GroupBuyCampaign, GroupBuyGroup, GroupBuyMember, GroupBuyTier } from "./models"
import { NothingToDo, reader, rows, trx } from "./sql/db"
import * as lifecycle from "./sql/lifecycle"
import * as slots from "./sql/slots"
import type { GroupRow, JoinContext, MemberRow, ReserveSlotInput, ReservedSlot, TierInput } from "./types"
import type { Tier } from "./utils/tiers"

/**
 * Campaigns, tiers, groups and members. The generated CRUD comes from MedusaService; the methods below
 * hold the invariants in the database (sql/slots.ts: slots, stock, per-customer limits; sql/lifecycle.ts:
 * state transitions, the job's claims and each member's money state), each in one transaction.
 */
class GroupBuyModuleService extends MedusaService({
  GroupBuyCampaign,
  GroupBuyTier,
  GroupBuyGroup,
  GroupBuyMember,
}) {
  // ---- Slots -------------------------------------------------------------------------------------

  /** Reserves a place for a cart at completion (idempotent by cart; see sql/slots.ts reserveSlot). */
  @InjectTransactionManager()
  async reserveSlot(input: ReserveSlotInput, @MedusaContext() sharedContext: Context = {}): Promise<ReservedSlot> {
    return slots.reserveSlot(trx(sharedContext), input)
  }

  /** Gives a pending member's place back (completion failed after the reservation). */
  async releaseSlot(memberId: string, createdGroup: boolean): Promise<boolean> {
    try {
      return await this.releaseSlot_(memberId, createdGroup)
    } catch (err) {
      if (err instanceof NothingToDo) {
        return false
      }
      throw err
    }
  }

  @InjectTransactionManager()
  protected async releaseSlot_(memberId: string, createdGroup: boolean, @MedusaContext() sharedContext: Context = {}) {
    return slots.releaseSlot(trx(sharedContext), memberId, createdGroup)
  }

  /** Confirms the pending member of a cart once its order exists (idempotent). Null: not a group cart. */
  @InjectTransactionManager()
  async confirmMember(
    input: { cart_id: string; order_id: string; now: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return slots.confirmMember(trx(sharedContext), input)
  }

  // ---- Transitions -------------------------------------------------------------------------------

  @InjectTransactionManager()
  async failGroup(
    input: { group_id: string; now: Date; reason: string; ended_by?: string | null; force?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupRow | null> {
    return lifecycle.failGroup(trx(sharedContext), input)
  }

  @InjectTransactionManager()
  async autoFillGroup(input: { group_id: string; now: Date }, @MedusaContext() sharedContext: Context = {}) {
    return lifecycle.autoFillGroup(trx(sharedContext), input)
  }

  @InjectTransactionManager()
  async closeGroup(
    input: { group_id: string; now: Date; reason?: string | null; ended_by?: string | null; force?: boolean },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupRow | null> {
    return lifecycle.closeGroup(trx(sharedContext), input)
  }

  // ---- The expiry job ----------------------------------------------------------------------------

  @InjectTransactionManager()
  async claimDueGroups(
    input: { now: Date; after_id: string; limit: number; owner: string; lease_seconds: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupRow[]> {
    return lifecycle.claimDueGroups(trx(sharedContext), input)
  }

  @InjectManager()
  async releaseGroupLease(groupId: string, owner: string, @MedusaContext() sharedContext: Context = {}) {
    await lifecycle.releaseGroupLease(reader(sharedContext), groupId, owner)
  }

  @InjectTransactionManager()
  async settleGroupIfDone(groupId: string, now: Date, @MedusaContext() sharedContext: Context = {}) {
    return lifecycle.settleGroupIfDone(trx(sharedContext), groupId, now)
  }

  @InjectManager()
  async uncapturedMembers(
    input: { before: Date; after_id: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return lifecycle.uncapturedMembers(reader(sharedContext), input)
  }

  @InjectManager()
  async stalePendingMembers(
    input: { before: Date; after_id: string; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return lifecycle.stalePendingMembers(reader(sharedContext), input)
  }

  // ---- One member's money ------------------------------------------------------------------------

  @InjectManager()
  async leaseMember(memberId: string, seconds: number, @MedusaContext() sharedContext: Context = {}) {
    return lifecycle.leaseMember(reader(sharedContext), memberId, seconds)
  }

  @InjectManager()
  async releaseMemberLease(memberId: string, @MedusaContext() sharedContext: Context = {}) {
    await lifecycle.releaseMemberLease(reader(sharedContext), memberId)
  }

  @InjectManager()
  async markCaptured(memberId: string, at: Date, @MedusaContext() sharedContext: Context = {}) {
    await lifecycle.markCaptured(reader(sharedContext), memberId, at)
  }

  @InjectTransactionManager()
  async markProtectionRefunded(memberId: string, at: Date, @MedusaContext() sharedContext: Context = {}) {
    return lifecycle.markProtectionRefunded(trx(sharedContext), memberId, at)
  }

  /** The member of a failed group (or a canceled order) ends refunded or canceled, once. */
  async markMemberEnded(input: { member_id: string; status: "refunded" | "canceled"; refunded: string; at: Date }) {
    try {
      return await this.markMemberEnded_(input)
    } catch (err) {
      if (err instanceof NothingToDo) {
        return false
      }
      throw err
    }
  }

  @InjectTransactionManager()
  protected async markMemberEnded_(
    input: { member_id: string; status: "refunded" | "canceled"; refunded: string; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return lifecycle.markMemberEnded(trx(sharedContext), input)
  }

  /** An operator canceled a live member's order: the member ends and gives its place back (see sql/lifecycle.ts). */
  async cancelMember(input: { order_id: string; status: "refunded" | "canceled"; refunded: string; at: Date }) {
    try {
      return await this.cancelMember_(input)
    } catch (err) {
      if (err instanceof NothingToDo) {
        return null
      }
      throw err
    }
  }

  @InjectTransactionManager()
  protected async cancelMember_(
    input: { order_id: string; status: "refunded" | "canceled"; refunded: string; at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return lifecycle.cancelMember(trx(sharedContext), input)
  }

  @InjectTransactionManager()
  async restoreCanceledMember(
    input: { member_id: string; prior_status: string; confirmed: boolean; refunded: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    await lifecycle.restoreCanceledMember(trx(sharedContext), input)
  }

  @InjectManager()
  async recordAttemptFailure(memberId: string, error: string, @MedusaContext() sharedContext: Context = {}) {
    await lifecycle.recordAttemptFailure(reader(sharedContext), memberId, error)
  }

  // ---- Reads -------------------------------------------------------------------------------------

  /** Tiers of campaigns (optionally one currency), by campaign id, sorted by threshold. */
  @InjectManager()
  async tiersByCampaign(
    campaignIds: string[],
    currencyCode?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, (Tier & { currency_code: string })[]>> {
    const out = new Map<string, (Tier & { currency_code: string })[]>()
    if (!campaignIds.length) {
      return out
    }
    const found = await rows<{ campaign_id: string; currency_code: string; threshold: number; price: string }>(
      reader(sharedContext),
      `SELECT campaign_id, currency_code, threshold, price::text AS price FROM group_buy_tier
        WHERE campaign_id = ANY(?) AND deleted_at IS NULL AND (?::text IS NULL OR currency_code = ?)
        ORDER BY campaign_id, currency_code, threshold`,
      [campaignIds, currencyCode ?? null, currencyCode ?? null]
    )
    for (const t of found) {
      const list = out.get(t.campaign_id) ?? []
      list.push({ currency_code: t.currency_code, threshold: t.threshold, price: t.price })
      out.set(t.campaign_id, list)
    }
    return out
  }

  /** Replaces a campaign's tiers (only the workflows call this, for draft campaigns). */
  @InjectTransactionManager()
  async replaceTiers(campaignId: string, tiers: TierInput[], @MedusaContext() sharedContext: Context = {}) {
    const t = trx(sharedContext)
    await t.raw(`DELETE FROM group_buy_tier WHERE campaign_id = ?`, [campaignId])
    if (tiers.length) {
      await this.createGroupBuyTiers(
        tiers.map((x) => ({
          campaign_id: campaignId,
          currency_code: x.currency_code,
          threshold: x.threshold,
          price: Number(MathBN.convert(x.price).toString()),
        })),
        sharedContext
      )
    }
  }

  /**
   * Groups a customer can join now, per campaign (open or succeeded, not expired, with room), nearly
   * complete first; `pickup_point_ids` restricts community groups to those points.
   */
  @InjectManager()
  async joinableGroups(
    input: { campaign_ids: string[]; now: Date; per_campaign: number; pickup_point_ids?: string[] | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<GroupRow[]> {
    if (!input.campaign_ids.length) {
      return []
    }
    return rows<GroupRow>(
      reader(sharedContext),
      `SELECT * FROM (
         SELECT g.*, row_number() OVER (PARTITION BY g.campaign_id
                  ORDER BY (g.status = 'open') DESC, g.capacity - (CASE WHEN g.kind = 'team' THEN g.member_count ELSE g.quantity END), g.expires_at, g.id) AS rn
           FROM group_buy_group g
          WHERE g.campaign_id = ANY(?) AND g.deleted_at IS NULL AND g.status IN ('open', 'succeeded') AND g.expires_at > ?
            AND (CASE WHEN g.kind = 'team' THEN g.member_count ELSE g.quantity END) < g.capacity
            AND (?::text[] IS NULL OR g.pickup_point_id = ANY(?::text[]))
       ) x WHERE rn <= ? ORDER BY campaign_id, rn`,
      [input.campaign_ids, input.now, input.pickup_point_ids ?? null, input.pickup_point_ids ?? null, input.per_campaign]
    )
  }

  /**
   * Everything the open/join route checks, in one round trip: the campaign (the group's when no campaign is
   * given), its tiers in the cart's currency,
   * the customer's live usage of it, the chosen group and whether the customer is already in it.
   */
  @InjectManager()
  async joinContext(
    input: { campaign_id: string | null; group_id: string | null; customer_id: string; currency_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<JoinContext | null> {
    const [row] = await rows<JoinContext>(
      reader(sharedContext),
      `SELECT row_to_json(c.*) AS campaign,
              (SELECT coalesce(json_agg(json_build_object('threshold', t.threshold, 'price', t.price::text) ORDER BY t.threshold), '[]'::json)
                 FROM group_buy_tier t WHERE t.campaign_id = c.id AND t.currency_code = ? AND t.deleted_at IS NULL) AS tiers,
              (SELECT json_build_object('joins', count(*), 'units', coalesce(sum(m.quantity), 0))
                 FROM group_buy_member m WHERE m.campaign_id = c.id AND m.customer_id = ?
                  AND m.status IN ('pending', 'confirmed') AND m.deleted_at IS NULL) AS usage,
              (SELECT row_to_json(g.*) FROM group_buy_group g WHERE g.id = ? AND g.deleted_at IS NULL) AS group,
              EXISTS (SELECT 1 FROM group_buy_member m WHERE m.group_id = ? AND m.customer_id = ?
                       AND m.status IN ('pending', 'confirmed') AND m.deleted_at IS NULL) AS in_group
         FROM group_buy_campaign c
        WHERE c.id = coalesce(?::text, (SELECT g2.campaign_id FROM group_buy_group g2 WHERE g2.id = ?)) AND c.deleted_at IS NULL`,
      [input.currency_code, input.customer_id, input.group_id, input.group_id, input.customer_id, input.campaign_id, input.group_id]
    )
    return row ?? null
  }

  /** A customer's live usage of a campaign (joins and units of pending and confirmed memberships). */
  @InjectManager()
  async customerUsage(campaignId: string, customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const [r] = await rows<{ joins: number; units: number }>(
      reader(sharedContext),
      `SELECT count(*)::int AS joins, coalesce(sum(quantity), 0)::int AS units FROM group_buy_member
        WHERE campaign_id = ? AND customer_id = ? AND status IN ('pending', 'confirmed') AND deleted_at IS NULL`,
      [campaignId, customerId]
    )
    return r
  }

  /** Raw member rows of groups (the job's settlement reads them fresh each time). */
  @InjectManager()
  async membersOfGroup(groupId: string, @MedusaContext() sharedContext: Context = {}): Promise<MemberRow[]> {
    return rows<MemberRow>(
      reader(sharedContext),
      `SELECT *, unit_price::text AS unit_price, protection_amount::text AS protection_amount, refunded_amount::text AS refunded_amount
         FROM group_buy_member WHERE group_id = ? AND deleted_at IS NULL ORDER BY id`,
      [groupId]
    )
  }

  @InjectManager()
  async memberRow(memberId: string, @MedusaContext() sharedContext: Context = {}): Promise<MemberRow | null> {
    const [m] = await rows<MemberRow>(
      reader(sharedContext),
      `SELECT *, unit_price::text AS unit_price, protection_amount::text AS protection_amount, refunded_amount::text AS refunded_amount
         FROM group_buy_member WHERE id = ? AND deleted_at IS NULL`,
      [memberId]
    )
    return m ?? null
  }

  @InjectManager()
  async groupRow(groupId: string, @MedusaContext() sharedContext: Context = {}): Promise<GroupRow | null> {
    const [g] = await rows<GroupRow>(
      reader(sharedContext),
      `SELECT *, final_unit_price::text AS final_unit_price FROM group_buy_group WHERE id = ? AND deleted_at IS NULL`,
      [groupId]
    )
    return g ?? null
  }
}

export default GroupBuyModuleService
