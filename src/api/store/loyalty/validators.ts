import { z } from "@medusajs/framework/zod"
import { ENTRY_KINDS } from "../../../modules/loyalty/models/entry"

export const StoreListLoyaltyEntries = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    kind: z.enum([...ENTRY_KINDS]).optional(),
  })
  .strict()
export type StoreListLoyaltyEntriesType = z.infer<typeof StoreListLoyaltyEntries>

export const StoreCheckinCalendar = z
  .object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be YYYY-MM").optional() })
  .strict()
export type StoreCheckinCalendarType = z.infer<typeof StoreCheckinCalendar>

export const StoreApplyLoyaltyPoints = z.object({ points: z.number().int().positive() }).strict()
export type StoreApplyLoyaltyPointsType = z.infer<typeof StoreApplyLoyaltyPoints>

const date = z.date()

export const StoreLoyaltyEntrySchema = z.object({
  id: z.string(),
  delta: z.number().describe("Points added (positive) or taken (negative)"),
  kind: z.enum([...ENTRY_KINDS]),
  expires_at: date.nullable().describe("For credits: when these points expire"),
  order_id: z.string().nullable(),
  note: z.string().nullable(),
  created_at: date,
})

export const StoreExpiringSchema = z.object({
  points: z.number(),
  days: z.number(),
  until: date,
  lots: z.array(z.object({ expires_at: date, points: z.number() })),
})

export const StoreTierSchema = z.object({
  code: z.string(),
  name: z.string(),
  name_en: z.string().nullable(),
  rank: z.number(),
  multiplier: z.number(),
  min_spend: z.number(),
  free_shipping_threshold: z.number().nullable(),
})

export const StoreBalanceSchema = z.object({
  balance: z.number(),
  expiring_soon: StoreExpiringSchema,
  tier: StoreTierSchema.nullable(),
})

export const StoreCheckInSchema = z.object({
  check_in: z.object({
    created: z.boolean().describe("False when already checked in today (the first check-in is returned)"),
    day: z.string().describe("Store day, YYYY-MM-DD in the store time zone"),
    streak: z.number(),
    points: z.number().describe("Today's reward"),
    tomorrow_points: z.number().describe("Tomorrow's reward if the streak continues"),
    balance: z.number(),
  }),
})

export const StoreCalendarSchema = z.object({
  month: z.string(),
  today: z.string(),
  checked_in_today: z.boolean(),
  streak: z.number().describe("Current streak (0 when neither today nor yesterday was checked in)"),
  today_points: z.number().describe("Reward of a check-in today (or the one made)"),
  tomorrow_points: z.number(),
  rewards: z.array(z.number()),
  days: z.array(z.object({ day: z.string(), checked_in: z.boolean(), streak: z.number().nullable(), points: z.number().nullable() })),
})

export const StoreMyTierSchema = z.object({
  tier: StoreTierSchema.nullable(),
  next_tier: StoreTierSchema.nullable(),
  spend: z.number().describe("Paid spend counted toward tiers"),
  spend_to_next: z.number().nullable(),
  progress: z.number().describe("0..1 from the current tier's minimum to the next one's"),
  basis: z.enum(["lifetime", "rolling_12_months"]),
  tiers: z.array(StoreTierSchema),
})

export const StoreCartPointsSchema = z.object({
  loyalty_points: z.object({
    applied: z.object({ points: z.number(), amount: z.number() }).nullable(),
    balance: z.number(),
    max_points: z.number().describe("Most points this cart accepts now: min(balance, cap)"),
    cap_amount: z.number().describe("Largest discount: share × items total"),
    step: z.number(),
    points_per_unit: z.number().describe("Points worth 1 unit of the currency"),
    currency_code: z.string(),
  }),
})
