import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { StoreCouponSchema, StoreCouponTemplateSchema, StoreListCouponTemplates, StoreListWallet } from "./validators"

const tags = ["Coupons"]
const counts = z.object({ available: z.number(), used: z.number(), expired: z.number() })

export default defineOperations([
  {
    method: "get",
    path: "/store/coupons/templates",
    auth: "publishable",
    summary: "List claimable coupon templates (coupon centre)",
    description:
      "Active templates that are live or upcoming, with stock left and the claim window's countdown. With a customer " +
      "token: only templates whose audience includes the customer, each with claimed_by_me, can_claim and refusal. " +
      "Names follow ?locale= / x-medusa-locale (zh-CN by default, en-US).",
    tags,
    query: StoreListCouponTemplates,
    response: z.object({
      templates: z.array(StoreCouponTemplateSchema),
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
      server_time: z.date(),
    }),
  },
  {
    method: "post",
    path: "/store/coupons/templates/{id}/claim",
    auth: "customer",
    summary: "Claim a coupon into my wallet",
    tags,
    successStatus: 201,
    response: z.object({ coupon: StoreCouponSchema }),
    errors: [
      { status: 404, code: "coupon_template_not_found", description: "No such template" },
      { status: 409, code: "coupon_out_of_stock", description: "Every coupon of this template was claimed" },
      { status: 400, code: "coupon_claim_limit", description: "The customer holds as many as allowed" },
      { status: 400, code: "coupon_daily_limit", description: "The customer claimed as many as allowed today" },
      { status: 400, code: "coupon_not_started", description: "The claim window has not opened yet" },
      { status: 400, code: "coupon_ended", description: "The claim window has closed" },
      { status: 400, code: "coupon_disabled", description: "The template is disabled" },
      { status: 400, code: "coupon_issued_only", description: "Only the store issues this coupon" },
      { status: 400, code: "coupon_audience_new_customer", description: "For customers without an order only" },
      { status: 400, code: "coupon_audience_tier", description: "For other membership tiers" },
    ],
  },
  {
    method: "get",
    path: "/store/coupons/wallet",
    auth: "customer",
    summary: "List my coupons by status",
    description: "available: usable or not yet valid; used: with the order; expired: past their end date. `counts` has all three.",
    tags,
    query: StoreListWallet,
    response: z.object({ coupons: z.array(StoreCouponSchema), count: z.number(), offset: z.number(), limit: z.number(), counts }),
  },
])
