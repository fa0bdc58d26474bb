import { z } from "@medusajs/framework/zod"

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s))
/** Limits and caps are PostgreSQL integers: larger values failed in the database with a 500. */
const INT4_MAX = 2_147_483_647
const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminTier = z
  .object({
    currency_code: z.string().length(3).toLowerCase(),
    threshold: z.number().int().min(1).describe("Members (team) or units (community) from which the price applies"),
    price: z.number().positive().multipleOf(0.01).describe("Unit price in major units, e.g. 8.8 for ¥8.80"),
  })
  .strict()

const campaignFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).nullable().optional(),
  kind: z.enum(["team", "community"]).describe("team (拼团): counts members; community (社区团购): counts quantity per pickup point"),
  product_id: z.string().min(1),
  variant_ids: z.array(z.string().min(1)).min(1).max(50),
  max_per_group: z.number().int().min(1).max(100000).describe("Maximum members (team) or quantity (community) of a group"),
  group_lifetime_hours: z.number().int().min(1).max(24 * 30).nullable().optional().describe("team: hours a group stays open"),
  cutoff_time: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "cutoff_time must be HH:mm")
    .nullable()
    .optional()
    .describe("community: the daily order cutoff (HH:mm, store time zone)"),
  starts_at: date,
  ends_at: date,
  max_units_per_customer: z.number().int().min(1).max(INT4_MAX).nullable().optional(),
  max_joins_per_customer: z.number().int().min(1).max(INT4_MAX).nullable().optional(),
  stock_cap: z.number().int().min(0).max(INT4_MAX).nullable().optional().describe("Total units the campaign may sell (null: no cap)"),
  auto_fill: z.boolean().optional().describe("模拟成团: a group one member (or unit) short at expiry succeeds"),
  tiers: z.array(AdminTier).min(1).max(50),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
}

export const AdminCreateCampaign = z
  .object({ ...campaignFields, status: z.enum(["draft", "active"]).default("draft") })
  .strict()
export type AdminCreateCampaignType = z.infer<typeof AdminCreateCampaign>

export const AdminUpdateCampaign = z.object(campaignFields).partial().strict()
export type AdminUpdateCampaignType = z.infer<typeof AdminUpdateCampaign>

export const AdminListCampaigns = z
  .object({
    ...paging,
    q: z.string().optional(),
    status: z.enum(["draft", "active", "ended"]).optional(),
    kind: z.enum(["team", "community"]).optional(),
    product_id: z.string().optional(),
  })
  .strict()
export type AdminListCampaignsType = z.infer<typeof AdminListCampaigns>

export const AdminListGroups = z
  .object({
    ...paging,
    status: z.enum(["open", "succeeded", "closed", "failed"]).optional(),
    kind: z.enum(["team", "community"]).optional(),
    campaign_id: z.string().optional(),
    pickup_point_id: z.string().optional(),
  })
  .strict()
export type AdminListGroupsType = z.infer<typeof AdminListGroups>

export const AdminEndGroup = z.object({ reason: z.string().trim().min(1).max(500) }).strict()
export type AdminEndGroupType = z.infer<typeof AdminEndGroup>

// ---- Response shapes (OpenAPI) ---------------------------------------------------------------------

const d = z.date()
const tier = z.object({ currency_code: z.string(), threshold: z.number(), price: z.number() })

export const AdminCampaignSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["team", "community"]),
  status: z.enum(["draft", "active", "ended"]),
  product_id: z.string(),
  variant_ids: z.array(z.string()),
  max_per_group: z.number(),
  group_lifetime_hours: z.number().nullable(),
  cutoff_time: z.string().nullable(),
  starts_at: d,
  ends_at: d,
  max_units_per_customer: z.number().nullable(),
  max_joins_per_customer: z.number().nullable(),
  stock_cap: z.number().nullable(),
  sold_quantity: z.number(),
  auto_fill: z.boolean(),
  tiers: z.array(tier),
  group_counts: z.object({ open: z.number(), succeeded: z.number(), closed: z.number(), failed: z.number() }),
  product: z.object({ id: z.string(), title: z.string(), thumbnail: z.string().nullable() }).nullable(),
  created_at: d,
})

export const AdminGroupSchema = z.object({
  id: z.string(),
  campaign_id: z.string(),
  campaign_title: z.string().nullable(),
  kind: z.enum(["team", "community"]),
  status: z.enum(["open", "succeeded", "closed", "failed"]),
  currency_code: z.string(),
  initiator_customer_id: z.string().nullable(),
  pickup_point_id: z.string().nullable(),
  leader_id: z.string().nullable(),
  cutoff_day: z.string().nullable(),
  capacity: z.number(),
  success_threshold: z.number(),
  member_count: z.number().describe("Places held (pending + confirmed members)"),
  quantity: z.number(),
  confirmed_count: z.number(),
  confirmed_quantity: z.number(),
  current_tier_threshold: z.number().nullable(),
  expires_at: d,
  succeeded_at: d.nullable(),
  closed_at: d.nullable(),
  failed_at: d.nullable(),
  settled_at: d.nullable(),
  auto_filled: z.boolean(),
  final_unit_price: z.number().nullable(),
  end_reason: z.string().nullable(),
  ended_by: z.string().nullable(),
  share_token: z.string(),
  created_at: d,
})

export const AdminMemberSchema = z.object({
  id: z.string(),
  customer: z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable() }),
  status: z.enum(["pending", "confirmed", "refunded", "canceled"]),
  quantity: z.number(),
  unit_price: z.number(),
  currency_code: z.string(),
  order_id: z.string().nullable(),
  order_display_id: z.number().nullable(),
  order_status: z.string().nullable(),
  captured_at: d.nullable(),
  protection_amount: z.number().nullable(),
  protection_refunded_at: d.nullable(),
  refunded_amount: z.number(),
  attempts: z.number(),
  last_error: z.string().nullable(),
  payment: z
    .object({
      id: z.string().nullable(),
      amount: z.number(),
      captured_amount: z.number(),
      refunded_amount: z.number(),
      captured: z.boolean(),
      canceled: z.boolean(),
    })
    .nullable()
    .describe("The order's payment as the payment module has it"),
  created_at: d,
})

export const AdminOrderGroupSchema = z.object({
  group: AdminGroupSchema.nullable(),
  member: AdminMemberSchema.nullable(),
  fulfillment: z.object({
    allowed: z.boolean(),
    code: z.string().nullable().describe("group_not_succeeded while the group has not succeeded"),
    reason: z.string().nullable(),
  }),
})
