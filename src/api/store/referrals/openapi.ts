import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import {
  InviteeSchema,
  ReferralRewardSchema,
  StoreBindReferral,
  StoreListReferrals,
  StoreShareLink,
} from "./validators"

const tags = ["Referrals"]

export default defineOperations([
  {
    method: "get",
    path: "/store/referrals/me",
    auth: "customer",
    summary: "My referral code, share link and invitation counts",
    description:
      "A new customer registers with `POST /store/customers` and `metadata.referral_code` (from a link's `?ref=`) to be " +
      "bound to the code's owner (an unknown code answers 400 referral_code_invalid and creates nothing).",
    tags,
    response: z.object({
      referral: z.object({
        code: z.string(),
        share_url: z.string(),
        referred_by: z.object({ display_name: z.string(), since: z.date() }).nullable(),
        invited_count: z.number(),
        rewarded_count: z.number(),
      }),
    }),
  },
  {
    method: "get",
    path: "/store/referrals/share-link",
    auth: "customer",
    summary: "A storefront link carrying my referral code",
    description: "For sharing a product or a group: the page's URL with `ref=<my code>` added.",
    tags,
    query: StoreShareLink,
    response: z.object({ code: z.string(), url: z.string() }),
  },
  {
    method: "get",
    path: "/store/referrals/invitees",
    auth: "customer",
    summary: "Friends I invited and my rewards for them",
    tags,
    query: StoreListReferrals,
    response: z.object({ invitees: z.array(InviteeSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "get",
    path: "/store/referrals/rewards",
    auth: "customer",
    summary: "Referral rewards I earned (as referrer or invitee)",
    tags,
    query: StoreListReferrals,
    response: z.object({ rewards: z.array(ReferralRewardSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/store/referrals/bind",
    auth: "customer",
    summary: "Name who invited me (new customers only)",
    tags,
    body: StoreBindReferral,
    successStatus: 201,
    response: z.object({ referral: z.object({ id: z.string(), code: z.string(), source: z.string(), created_at: z.date() }) }),
    errors: [
      { status: 400, code: "referral_code_invalid", description: "No customer has this code" },
      { status: 400, code: "referral_self_invite", description: "The code is the customer's own" },
      { status: 400, code: "referral_cycle", description: "The code's owner was invited by this customer" },
      { status: 400, code: "referral_not_new_customer", description: "The customer has already ordered" },
      { status: 409, code: "referral_already_bound", description: "The customer already has a referrer" },
    ],
  },
  {
    method: "get",
    path: "/store/referrals/codes/{code}",
    auth: "publishable",
    summary: "Who a referral code belongs to (masked)",
    tags,
    response: z.object({ code: z.string(), referrer: z.object({ display_name: z.string() }) }),
    errors: [{ status: 404, code: "referral_code_invalid", description: "No customer has this code" }],
  },
])
