import { z } from "@medusajs/framework/zod"

export const StoreListReferrals = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListReferralsType = z.infer<typeof StoreListReferrals>

export const StoreShareLink = z
  .object({
    path: z
      .string()
      .regex(/^\/[^\s]*$/, "path must start with / (a storefront page, e.g. /groups/gbgrp_123)")
      .max(500)
      .default("/"),
  })
  .strict()
export type StoreShareLinkType = z.infer<typeof StoreShareLink>

export const StoreBindReferral = z
  .object({
    code: z.string().min(1).max(32),
    source: z.enum(["bind", "share"]).default("bind").describe("share: the code came from a share link"),
  })
  .strict()
export type StoreBindReferralType = z.infer<typeof StoreBindReferral>

export const ReferralRewardSchema = z.object({
  id: z.string(),
  referral_id: z.string(),
  beneficiary: z.enum(["referrer", "invitee"]),
  kind: z.enum(["points", "coupon"]),
  points: z.number().nullable(),
  claim_id: z.string().nullable(),
  status: z.enum(["granted", "failed"]),
  failure_reason: z.string().nullable(),
  created_at: z.date(),
})

export const InviteeSchema = z.object({
  referral_id: z.string(),
  display_name: z.string().describe("Masked, e.g. 王* or a***@example.com"),
  joined_at: z.date(),
  source: z.enum(["register", "bind", "share"]),
  first_order_completed: z.boolean(),
  rewarded_at: z.date().nullable(),
  my_reward: ReferralRewardSchema.nullable(),
})
