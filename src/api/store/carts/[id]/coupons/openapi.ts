import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../../lib/openapi"
import { StoreApplyCoupon, StoreCartCouponsSchema } from "../../../coupons/validators"

const tags = ["Coupons"]
const cart = z.object({
  id: z.string(),
  currency_code: z.string(),
  item_subtotal: z.number(),
  discount_total: z.number(),
  shipping_total: z.number(),
  total: z.number(),
  promotions: z.array(z.object({ code: z.string() })),
})

export default defineOperations([
  {
    method: "get",
    path: "/store/carts/{id}/coupons",
    auth: "customer",
    summary: "Coupons of my cart: applied ones and usable wallet coupons",
    description:
      "The checkout's coupon picker: applied coupons (active, or the reason they do not apply) and every other " +
      "available wallet coupon with whether it can be added, its estimated discount or the amount missing, best first.",
    tags,
    response: StoreCartCouponsSchema,
    errors: [{ status: 404, code: "cart_not_found", description: "No such cart of this customer" }],
  },
  {
    method: "post",
    path: "/store/carts/{id}/coupons",
    auth: "customer",
    summary: "Apply a wallet coupon to my cart",
    description:
      "Checks holder, validity, audience, threshold and stacking against the coupons already applied, then refreshes " +
      "the cart's promotions: the discount appears as line item adjustments. Checked again at completion, where the " +
      "coupon is marked used exactly once.",
    tags,
    body: StoreApplyCoupon,
    response: z.object({ cart, coupons: StoreCartCouponsSchema }),
    errors: [
      { status: 404, code: "cart_not_found", description: "No such cart of this customer" },
      { status: 404, code: "coupon_not_found", description: "No such coupon in the customer's wallet" },
      { status: 400, code: "cart_completed", description: "The cart is already an order" },
      { status: 400, code: "coupon_threshold_not_met", description: "Not enough spent on eligible items" },
      { status: 400, code: "coupon_not_stackable", description: "Cannot be combined with the coupon already applied" },
      { status: 400, code: "coupon_expired", description: "Past its end date" },
      { status: 400, code: "coupon_not_yet_valid", description: "Its validity has not started" },
      { status: 400, code: "coupon_no_eligible_items", description: "Nothing in the cart is in the coupon's scope" },
      { status: 400, code: "coupon_audience_new_customer", description: "The customer has already ordered" },
      { status: 400, code: "coupon_audience_tier", description: "The customer's tier is not among the template's" },
      { status: 409, code: "coupon_already_used", description: "Used on another order" },
    ],
  },
  {
    method: "delete",
    path: "/store/carts/{id}/coupons/{claim_id}",
    auth: "customer",
    summary: "Remove a coupon from my cart",
    tags,
    response: z.object({ cart }),
    errors: [
      { status: 404, code: "cart_not_found", description: "No such cart of this customer" },
      { status: 404, code: "coupon_not_applied", description: "The coupon is not on this cart" },
    ],
  },
])
