import { model } from "@medusajs/framework/utils"
import { GroupBuyCampaign } from "./campaign"
import { GroupBuyMember } from "./member"

export const GROUP_STATUSES = ["open", "succeeded", "closed", "failed"] as const

/**
 * One group of a campaign. Counters:
 * - member_count / quantity: slots held (pending + confirmed members) — what `capacity` bounds;
 * - confirmed_count / confirmed_quantity: members whose order exists — what success counts.
 * A team group counts members, a community group counts quantity (`kind`, copied from the campaign).
 * The database refuses more than `capacity` (check constraint); the service only ever takes a slot with a
 * conditional update under the campaign's row lock (sql/slots.ts).
 *
 * Lifecycle: open → succeeded (first threshold confirmed) → closed (capacity reached or expires_at); open →
 * failed (expires_at below the threshold). `settled_at` is set once every member's money is in its final
 * state (captured and price-protected, or voided/refunded); `lease_*` let one job tick at a time own it.
 */
export const GroupBuyGroup = model
  .define("GroupBuyGroup", {
    id: model.id({ prefix: "gbgrp" }).primaryKey(),
    campaign: model.belongsTo(() => GroupBuyCampaign, { mappedBy: "groups" }),
    kind: model.enum(["team", "community"]),
    status: model.enum([...GROUP_STATUSES]).default("open"),
    currency_code: model.text(),
    initiator_customer_id: model.text().nullable(),
    pickup_point_id: model.text().nullable(),
    leader_id: model.text().nullable(),
    /** community: the store day (YYYY-MM-DD) whose cutoff ends this group. */
    cutoff_day: model.text().nullable(),
    share_token: model.text(),
    capacity: model.number(),
    success_threshold: model.number(),
    member_count: model.number().default(0),
    quantity: model.number().default(0),
    confirmed_count: model.number().default(0),
    confirmed_quantity: model.number().default(0),
    /** Threshold of the tier the confirmed count has reached (null: below the first). */
    current_tier_threshold: model.number().nullable(),
    expires_at: model.dateTime(),
    succeeded_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    failed_at: model.dateTime().nullable(),
    auto_filled: model.boolean().default(false),
    /** The tier price everyone ends up paying (set at close). */
    final_unit_price: model.bigNumber().nullable(),
    /** Why it closed or failed: "expired", "full", or an operator's reason. */
    end_reason: model.text().nullable(),
    ended_by: model.text().nullable(),
    settled_at: model.dateTime().nullable(),
    lease_owner: model.text().nullable(),
    lease_until: model.dateTime().nullable(),
    members: model.hasMany(() => GroupBuyMember, { mappedBy: "group" }),
  })
  .indexes([
    { on: ["campaign_id", "status"], where: "deleted_at IS NULL" },
    { on: ["status", "expires_at"], where: "deleted_at IS NULL" },
    { on: ["pickup_point_id", "status"], where: "deleted_at IS NULL AND pickup_point_id IS NOT NULL" },
    { on: ["share_token"], unique: true, where: "deleted_at IS NULL" },
    // The expiry job pages by id over the groups that still have a future: open, succeeded, unsettled.
    { on: ["id"], where: "deleted_at IS NULL AND (status IN ('open', 'succeeded') OR settled_at IS NULL)" },
    {
      // One open community group per point and cutoff day.
      on: ["campaign_id", "pickup_point_id", "cutoff_day"],
      unique: true,
      where: "deleted_at IS NULL AND status = 'open' AND pickup_point_id IS NOT NULL",
    },
  ])
  .checks([
    {
      name: "group_buy_group_counts_check",
      expression: (c) =>
        `${c.confirmed_count} >= 0 AND ${c.confirmed_count} <= ${c.member_count} AND ${c.confirmed_quantity} >= 0 AND ${c.confirmed_quantity} <= ${c.quantity}`,
    },
    {
      name: "group_buy_group_capacity_check",
      expression: (c) =>
        `(${c.kind} = 'team' AND ${c.member_count} <= ${c.capacity}) OR (${c.kind} = 'community' AND ${c.quantity} <= ${c.capacity})`,
    },
    { name: "group_buy_group_threshold_check", expression: (c) => `${c.success_threshold} >= 1 AND ${c.success_threshold} <= ${c.capacity}` },
  ])
