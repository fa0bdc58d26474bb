import { model } from "@medusajs/framework/utils"
import { GroupBuyGroup } from "./group"
import { GroupBuyTier } from "./tier"

export const CAMPAIGN_KINDS = ["team", "community"] as const
export const CAMPAIGN_STATUSES = ["draft", "active", "ended"] as const

/**
 * A group-buy campaign on one product (some or all of its variants).
 * - team (拼团): a group counts members; it lives `group_lifetime_hours` from its first payment.
 * - community (社区团购): a group per pickup point and cutoff day counts quantity; it closes at the daily
 *   `cutoff_time` ("HH:mm", store time zone).
 * Price tiers (per currency) live in GroupBuyTier; the first (lowest) threshold is the success threshold.
 *
 * `sold_quantity` is the live stock counter (units held by pending and confirmed members), changed only by
 * conditional updates in the same transaction as the member rows, under this row's lock (see sql/slots.ts):
 * it never passes `stock_cap`.
 */
export const GroupBuyCampaign = model
  .define("GroupBuyCampaign", {
    id: model.id({ prefix: "gbcmp" }).primaryKey(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    kind: model.enum([...CAMPAIGN_KINDS]),
    status: model.enum([...CAMPAIGN_STATUSES]).default("draft"),
    product_id: model.text(),
    /** The product's variants this campaign sells at group prices. */
    variant_ids: model.array(),
    /** Maximum members (team) or quantity (community) of one group. */
    max_per_group: model.number(),
    /** team: hours a group stays open after its first payment (capped at ends_at). */
    group_lifetime_hours: model.number().nullable(),
    /** community: the daily order cutoff, "HH:mm" in the store time zone. */
    cutoff_time: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** Per customer and campaign: at most this many units over all their live memberships (null: no limit). */
    max_units_per_customer: model.number().nullable(),
    /** Per customer and campaign: at most this many live memberships (null: no limit). */
    max_joins_per_customer: model.number().nullable(),
    /** Total units the campaign may sell (null: no cap). */
    stock_cap: model.number().nullable(),
    sold_quantity: model.number().default(0),
    /** 模拟成团: a group at most one member (team) or one unit (community) short at expiry succeeds. */
    auto_fill: model.boolean().default(false),
    metadata: model.json().nullable(),
    tiers: model.hasMany(() => GroupBuyTier, { mappedBy: "campaign" }),
    groups: model.hasMany(() => GroupBuyGroup, { mappedBy: "campaign" }),
  })
  .indexes([
    { on: ["status", "kind"], where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "group_buy_campaign_stock_check",
      expression: (c) => `${c.sold_quantity} >= 0 AND (${c.stock_cap} IS NULL OR ${c.sold_quantity} <= ${c.stock_cap})`,
    },
    { name: "group_buy_campaign_max_check", expression: (c) => `${c.max_per_group} >= 1` },
    { name: "group_buy_campaign_window_check", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
    {
      name: "group_buy_campaign_kind_settings_check",
      expression: (c) =>
        `(${c.kind} = 'team' AND ${c.group_lifetime_hours} >= 1) OR (${c.kind} = 'community' AND ${c.cutoff_time} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    },
    {
      name: "group_buy_campaign_limits_check",
      expression: (c) =>
        `(${c.max_units_per_customer} IS NULL OR ${c.max_units_per_customer} >= 1) AND (${c.max_joins_per_customer} IS NULL OR ${c.max_joins_per_customer} >= 1)`,
    },
  ])
