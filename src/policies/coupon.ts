import { definePolicies } from "@medusajs/framework/utils"

/** Coupon templates, claims, referrals and the invite-a-friend settings (operators: coupon:*). */
export default definePolicies([
  { name: "ReadCoupons", resource: "coupon", operation: "read", description: "See coupon templates, claims and referrals" },
  { name: "CreateCoupons", resource: "coupon", operation: "create", description: "Create coupon templates and issue coupons" },
  { name: "UpdateCoupons", resource: "coupon", operation: "update", description: "Edit coupon templates and referral settings" },
  { name: "DeleteCoupons", resource: "coupon", operation: "delete", description: "Delete unclaimed coupon templates" },
])
