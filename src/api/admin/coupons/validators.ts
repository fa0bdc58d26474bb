import { z } from "@medusajs/framework/zod"

const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s))
const money = z.number().positive()
/** Counts and points are PostgreSQL integers (model.number()): larger values failed in the database with a 500. */
const INT4_MAX = 2_147_483_647
const count = z.number().int().max(INT4_MAX)
const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}

const templateFields = {
  name_zh: z.string().trim().min(1).max(100),
  name_en: z.string().trim().min(1).max(100),
  description_zh: z.string().max(1000).nullable().optional(),
  description_en: z.string().max(1000).nullable().optional(),
  value: money.describe("Amount off (fixed, threshold) or percent off, below 100 (percentage)"),
  max_discount: money.nullable().optional().describe("Cap of a percentage coupon (required for percentage)"),
  min_subtotal: money.nullable().optional().describe("Spend on eligible items needed (required for threshold)"),
  scope: z.enum(["order", "categories", "products"]).optional(),
  scope_ids: z.array(z.string().min(1)).max(500).optional().describe("Category or product ids of the scope"),
  total_stock: count.min(0).nullable().optional().describe("null = unlimited"),
  per_customer_limit: count.min(1).optional(),
  per_customer_daily_limit: count.min(1).nullable().optional(),
  audience: z.enum(["everyone", "new_customers", "tiers", "issued_only"]).optional(),
  audience_tiers: z.array(z.string().min(1)).optional().describe("Membership tier codes (audience tiers)"),
  starts_at: date.nullable().optional().describe("Claim window start"),
  ends_at: date.nullable().optional().describe("Claim window end"),
  validity_type: z.enum(["fixed", "relative"]),
  valid_from: date.nullable().optional(),
  valid_until: date.nullable().optional(),
  valid_days: z.number().int().min(1).max(3650).nullable().optional(),
  stackable: z.boolean().optional(),
  issue_on_register: z.boolean().optional().describe("Issue to every newly registered customer (新人券)"),
  status: z.enum(["active", "disabled"]).optional(),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
}

export const AdminCreateCouponTemplate = z
  .object({
    ...templateFields,
    type: z.enum(["fixed", "percentage", "threshold"]),
    currency_code: z.string().length(3).toLowerCase().optional(),
  })
  .strict()
export type AdminCreateCouponTemplateType = z.infer<typeof AdminCreateCouponTemplate>

export const AdminUpdateCouponTemplate = z
  .object({ ...templateFields, validity_type: templateFields.validity_type.optional() })
  .partial()
  .strict()
export type AdminUpdateCouponTemplateType = z.infer<typeof AdminUpdateCouponTemplate>

export const AdminListCouponTemplates = z
  .object({ ...paging, q: z.string().optional(), status: z.enum(["active", "disabled"]).optional() })
  .strict()
export type AdminListCouponTemplatesType = z.infer<typeof AdminListCouponTemplates>

export const AdminIssueCoupon = z.object({ customer_id: z.string().min(1), note: z.string().max(500).optional() }).strict()
export type AdminIssueCouponType = z.infer<typeof AdminIssueCoupon>

export const AdminListClaims = z
  .object({
    ...paging,
    template_id: z.string().optional(),
    customer_id: z.string().optional(),
    order_id: z.string().optional(),
    status: z.enum(["available", "used", "expired"]).optional(),
  })
  .strict()
export type AdminListClaimsType = z.infer<typeof AdminListClaims>

export const AdminListReferrals = z
  .object({ ...paging, referrer_id: z.string().optional(), invitee_id: z.string().optional() })
  .strict()
export type AdminListReferralsType = z.infer<typeof AdminListReferrals>

const reward = z.enum(["none", "points", "coupon"])
export const AdminUpdateReferralSettings = z
  .object({
    enabled: z.boolean(),
    referrer_reward_type: reward,
    referrer_points: count.min(1).nullable(),
    referrer_template_id: z.string().nullable(),
    invitee_reward_type: reward,
    invitee_points: count.min(1).nullable(),
    invitee_template_id: z.string().nullable(),
  })
  .partial()
  .strict()
export type AdminUpdateReferralSettingsType = z.infer<typeof AdminUpdateReferralSettings>
