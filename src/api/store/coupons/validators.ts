import { z } from "@medusajs/framework/zod"

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const StoreListCouponTemplates = z.object(paging).strict()
export type StoreListCouponTemplatesType = z.infer<typeof StoreListCouponTemplates>

export const StoreListWallet = z
  .object({ ...paging, status: z.enum(["available", "used", "expired"]).optional() })
  .strict()
export type StoreListWalletType = z.infer<typeof StoreListWallet>

export const StoreApplyCoupon = z.object({ claim_id: z.string().min(1) }).strict()
export type StoreApplyCouponType = z.infer<typeof StoreApplyCoupon>

const money = z.number().nullable()
const date = z.date().nullable()

export const StoreCouponTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(["fixed", "percentage", "threshold"]),
  value: z.number().describe("Amount off (fixed, threshold) or percent off (percentage)"),
  max_discount: money.describe("Cap of a percentage coupon"),
  min_subtotal: money.describe("Spend on eligible items needed (threshold)"),
  currency_code: z.string(),
  scope: z.enum(["order", "categories", "products"]),
  scope_ids: z.array(z.string()),
  audience: z.string(),
  stackable: z.boolean(),
  stock: z.object({ total: z.number().nullable(), claimed: z.number(), remaining: z.number().nullable() }),
  window: z.object({
    phase: z.enum(["upcoming", "live", "ended"]),
    starts_in_seconds: z.number().nullable(),
    ends_in_seconds: z.number().nullable(),
  }),
  validity: z.object({ type: z.enum(["fixed", "relative"]), valid_from: date, valid_until: date, valid_days: z.number().nullable() }),
  claimed_by_me: z.number().optional(),
  can_claim: z.boolean().optional(),
  refusal: z.string().nullable().optional().describe("Why this customer cannot claim it now"),
})

export const StoreCouponSchema = z.object({
  id: z.string(),
  status: z.enum(["available", "used", "expired", "not_yet_valid"]),
  source: z.enum(["claim", "issue", "register", "referral"]),
  valid_from: date,
  expires_at: date,
  expires_in_seconds: z.number().nullable(),
  used_at: date,
  order_id: z.string().nullable(),
  discount_total: money,
  template: StoreCouponTemplateSchema.nullable(),
})

export const StoreCartCouponsSchema = z.object({
  applied: z.array(
    z.object({
      coupon: StoreCouponSchema,
      active: z.boolean(),
      reason: z.string().nullable(),
      estimated_discount: money,
      missing_amount: money,
    })
  ),
  available: z.array(
    z.object({
      coupon: StoreCouponSchema,
      usable: z.boolean(),
      reason: z.string().nullable(),
      estimated_discount: money,
      missing_amount: money.describe("How much more of the eligible items to buy (还差)"),
    })
  ),
})
