import { z } from "@medusajs/framework/zod"

const latitude = z.coerce.number().min(-90).max(90).describe("Customer's latitude (WGS-84), for community groups nearby")
const longitude = z.coerce.number().min(-180).max(180).describe("Customer's longitude (WGS-84)")
const quantity = z.number().int().min(1).max(999)

export const StoreListGroupBuyCampaigns = z
  .object({
    kind: z.enum(["team", "community"]).optional(),
    product_id: z.string().min(1).optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    groups_per_campaign: z.coerce.number().int().min(0).max(20).default(5).describe("Joinable groups shown per campaign"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine((q) => (q.latitude === undefined) === (q.longitude === undefined), {
    message: "latitude and longitude go together",
  })
export type StoreListGroupBuyCampaignsType = z.infer<typeof StoreListGroupBuyCampaigns>

export const StoreGetGroupBuyCampaign = z
  .object({
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    groups_per_campaign: z.coerce.number().int().min(0).max(50).default(10),
  })
  .strict()
  .refine((q) => (q.latitude === undefined) === (q.longitude === undefined), {
    message: "latitude and longitude go together",
  })
export type StoreGetGroupBuyCampaignType = z.infer<typeof StoreGetGroupBuyCampaign>

export const StoreOpenGroup = z
  .object({
    cart_id: z.string().min(1).describe("The customer's cart (empty) the group item goes into"),
    variant_id: z.string().min(1),
    quantity: quantity.default(1),
    pickup_point_id: z.string().min(1).optional().describe("Community deals: the pickup point to collect at"),
  })
  .strict()
export type StoreOpenGroupType = z.infer<typeof StoreOpenGroup>

export const StoreJoinGroup = z
  .object({
    cart_id: z.string().min(1).describe("The customer's cart (empty) the group item goes into"),
    variant_id: z.string().min(1),
    quantity: quantity.default(1),
  })
  .strict()
export type StoreJoinGroupType = z.infer<typeof StoreJoinGroup>

export const StoreListMyGroups = z
  .object({
    status: z.enum(["pending", "confirmed", "refunded", "canceled"]).optional().describe("My membership's status"),
    group_status: z.enum(["open", "succeeded", "closed", "failed"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListMyGroupsType = z.infer<typeof StoreListMyGroups>

// ---- Response shapes (OpenAPI) ---------------------------------------------------------------------

const date = z.date()

export const StoreTierSchema = z.object({
  currency_code: z.string(),
  threshold: z.number().describe("Members (team) or units (community) from which this price applies"),
  price: z.number().describe("Unit price in major units, e.g. 8.8 for ¥8.80"),
})

export const StoreGroupSummarySchema = z.object({
  id: z.string(),
  campaign_id: z.string(),
  kind: z.enum(["team", "community"]),
  status: z.enum(["open", "succeeded", "closed", "failed"]),
  currency_code: z.string(),
  expires_at: date,
  time_left_ms: z.number(),
  members_count: z.number().describe("Confirmed members"),
  quantity: z.number().describe("Confirmed units"),
  places_taken: z.number().describe("Members (team) or units (community) held, including payments in progress"),
  capacity: z.number(),
  success_threshold: z.number(),
  needed_to_succeed: z.number().describe("Members (team) or units (community) still missing for success"),
  current_tier: StoreTierSchema.nullable(),
  next_tier: StoreTierSchema.nullable(),
  join_price: z.number().nullable().describe("What one more member (or one more unit) pays now"),
  pickup_point_id: z.string().nullable(),
  share_token: z.string(),
  auto_filled: z.boolean(),
})

export const StoreGroupDetailSchema = StoreGroupSummarySchema.extend({
  campaign: z.object({ id: z.string(), title: z.string(), kind: z.enum(["team", "community"]), product_id: z.string() }),
  initiator: z.object({ display_name: z.string() }).nullable(),
  members: z.array(z.object({ display_name: z.string(), quantity: z.number(), joined_at: date })),
  final_unit_price: z.number().nullable(),
  share_path: z.string().describe("Path a storefront puts in a share link: /group-buy/share/{token}"),
})

export const StoreCampaignSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["team", "community"]),
  starts_at: date,
  ends_at: date,
  max_per_group: z.number(),
  group_lifetime_hours: z.number().nullable(),
  cutoff_time: z.string().nullable(),
  max_units_per_customer: z.number().nullable(),
  max_joins_per_customer: z.number().nullable(),
  auto_fill: z.boolean(),
  product: z
    .object({ id: z.string(), title: z.string(), handle: z.string().nullable(), thumbnail: z.string().nullable() })
    .nullable(),
  variants: z.array(z.object({ id: z.string(), title: z.string().nullable(), sku: z.string().nullable() })),
  tiers: z.array(StoreTierSchema),
  stock: z.object({ cap: z.number().nullable(), sold: z.number(), remaining: z.number().nullable() }),
  groups: z.array(StoreGroupSummarySchema).describe("Groups a customer can join now (community: at the points nearby)"),
  pickup_points: z
    .array(z.object({ id: z.string(), name: z.string(), distance_m: z.number() }))
    .optional()
    .describe("Community deals with coordinates: the points serving them, nearest first"),
})

export const StoreMembershipSchema = z.object({
  id: z.string(),
  status: z.enum(["pending", "confirmed", "refunded", "canceled"]),
  quantity: z.number(),
  unit_price: z.number(),
  currency_code: z.string(),
  refunded_amount: z.number().describe("Money given back: price protection at close, or the refund of a failed group"),
  order_id: z.string().nullable(),
  created_at: date,
  group: StoreGroupSummarySchema,
  campaign: z.object({ id: z.string(), title: z.string(), kind: z.enum(["team", "community"]), product_id: z.string() }),
})

export const StoreJoinResultSchema = z.object({
  cart: z.record(z.string(), z.unknown()).describe("The cart with the group item"),
  group_buy: z.object({
    campaign_id: z.string(),
    group_id: z.string().nullable().describe("The group joined (null: a new group opens when the cart completes)"),
    pickup_point_id: z.string().nullable(),
    unit_price: z.number(),
    currency_code: z.string(),
    tier_threshold: z.number().nullable(),
  }),
})
