import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateCouponTemplate,
  AdminIssueCoupon,
  AdminListClaims,
  AdminListCouponTemplates,
  AdminListReferrals,
  AdminUpdateCouponTemplate,
  AdminUpdateReferralSettings,
} from "./validators"

const can = (operation: "read" | "create" | "update" | "delete") => [{ resource: "coupon", operation }]

export const adminCouponMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/coupons/templates",
    middlewares: [validateAndTransformQuery(AdminListCouponTemplates, {})],
    policies: can("read"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/coupons/templates",
    middlewares: [validateAndTransformBody(AdminCreateCouponTemplate)],
    policies: can("create"),
  },
  { methods: ["GET"], matcher: "/admin/coupons/templates/:id", policies: can("read") },
  {
    methods: ["POST"],
    matcher: "/admin/coupons/templates/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCouponTemplate)],
    policies: can("update"),
  },
  { methods: ["DELETE"], matcher: "/admin/coupons/templates/:id", policies: can("delete") },
  {
    methods: ["POST"],
    matcher: "/admin/coupons/templates/:id/issue",
    middlewares: [validateAndTransformBody(AdminIssueCoupon)],
    policies: can("create"),
  },
  {
    methods: ["GET"],
    matcher: "/admin/coupons/claims",
    middlewares: [validateAndTransformQuery(AdminListClaims, {})],
    policies: can("read"),
  },
  {
    methods: ["GET"],
    matcher: "/admin/coupons/referrals",
    middlewares: [validateAndTransformQuery(AdminListReferrals, {})],
    policies: can("read"),
  },
  { methods: ["GET"], matcher: "/admin/coupons/referral-settings", policies: can("read") },
  {
    methods: ["POST"],
    matcher: "/admin/coupons/referral-settings",
    middlewares: [validateAndTransformBody(AdminUpdateReferralSettings)],
    policies: can("update"),
  },
  { methods: ["GET"], matcher: "/admin/coupons/customers/:id", policies: can("read") },
]
