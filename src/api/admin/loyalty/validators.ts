import { z } from "@medusajs/framework/zod"
import { ENTRY_KINDS } from "../../../modules/loyalty/models/entry"

const tier = z
  .object({
    code: z.string().regex(/^[a-z0-9_-]{1,32}$/, "lower-case letters, digits, _ and -"),
    name: z.string().min(1).max(50),
    name_en: z.string().max(50).nullable().optional(),
    rank: z.number().int().min(0).max(100),
    min_spend: z.number().min(0),
    multiplier: z.number().positive().max(10),
    free_shipping_threshold: z.number().min(0).nullable().optional(),
  })
  .strict()

export const AdminUpdateLoyaltySettings = z
  .object({
    earn_points_per_unit: z.number().positive().max(1000).optional(),
    redeem_points_per_unit: z.number().int().positive().max(100000).optional(),
    redeem_max_share: z.number().min(0).max(1).optional(),
    expiry_months: z.number().int().min(0).max(120).optional(),
    expiring_soon_days: z.number().int().min(1).max(365).optional(),
    checkin_rewards: z.array(z.number().int().min(0).max(100000)).min(1).max(31).optional(),
    tier_basis: z.enum(["lifetime", "rolling_12_months"]).optional(),
    tier_review_date: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "MM-DD").optional(),
    tiers: z
      .array(tier)
      .max(20)
      .optional()
      .refine((ts) => !ts || new Set(ts.map((t) => t.code)).size === ts.length, "tier codes must be unique")
      .refine((ts) => !ts || new Set(ts.map((t) => t.rank)).size === ts.length, "tier ranks must be unique")
      .refine(
        (ts) => !ts || [...ts].sort((a, b) => a.rank - b.rank).every((t, i, all) => i === 0 || t.min_spend > all[i - 1].min_spend),
        "a higher rank needs a higher minimum spend"
      ),
  })
  .strict()
export type AdminUpdateLoyaltySettingsType = z.infer<typeof AdminUpdateLoyaltySettings>

export const AdminAdjustPoints = z
  .object({
    points: z.number().int().refine((n) => n !== 0, "points must not be 0").refine((n) => Math.abs(n) <= 10_000_000, "too many points"),
    reason: z.string().trim().min(2).max(200),
    /** Idempotency key: the same key never adjusts twice. */
    reference: z.string().min(1).max(100).optional(),
  })
  .strict()
export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>

export const AdminListCustomerEntries = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    kind: z.enum([...ENTRY_KINDS]).optional(),
  })
  .strict()
export type AdminListCustomerEntriesType = z.infer<typeof AdminListCustomerEntries>

const date = z.date()

export const AdminEntrySchema = z.object({
  id: z.string(),
  delta: z.number(),
  kind: z.enum([...ENTRY_KINDS]),
  reference: z.string(),
  expires_at: date.nullable(),
  order_id: z.string().nullable(),
  note: z.string().nullable(),
  created_by: z.string().nullable().describe("Admin user of an adjustment"),
  created_at: date,
})

export const AdminTierSchema = tier.extend({ id: z.string().optional() })

export const AdminSettingsSchema = z.object({
  settings: z.object({
    currency_code: z.string(),
    earn_points_per_unit: z.number(),
    redeem_points_per_unit: z.number(),
    redeem_max_share: z.number(),
    expiry_months: z.number(),
    expiring_soon_days: z.number(),
    checkin_rewards: z.array(z.number()),
    tier_basis: z.enum(["lifetime", "rolling_12_months"]),
    tier_review_date: z.string(),
    last_tier_review_year: z.number().nullable(),
  }),
  tiers: z.array(AdminTierSchema),
})
