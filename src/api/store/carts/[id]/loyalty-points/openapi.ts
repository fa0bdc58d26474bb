import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../../lib/openapi"
import { StoreApplyLoyaltyPoints, StoreCartPointsSchema } from "../../../loyalty/validators"

const tags = ["Loyalty"]
const response = StoreCartPointsSchema.extend({
  cart: z.object({
    id: z.string(),
    currency_code: z.string(),
    item_total: z.number(),
    item_subtotal: z.number(),
    discount_total: z.number(),
    shipping_total: z.number(),
    credit_line_total: z.number().describe("Points discount (and any other credit)"),
    total: z.number(),
    credit_lines: z.array(z.object({ id: z.string(), amount: z.number(), reference: z.string().nullable(), reference_id: z.string().nullable() })),
  }),
})
const notMine = [
  { status: 404, code: "cart_not_found", description: "No such cart" },
  { status: 403, code: "cart_not_yours", description: "The cart belongs to someone else" },
]

export default defineOperations([
  {
    method: "get",
    path: "/store/carts/{id}/loyalty-points",
    auth: "customer",
    summary: "Points on my cart: applied, balance and the most this cart accepts",
    tags,
    response,
    errors: notMine,
  },
  {
    method: "post",
    path: "/store/carts/{id}/loyalty-points",
    auth: "customer",
    summary: "Pay part of my cart with points",
    description:
      "Quotes the points on the cart as a credit line (the discount shows in credit_line_total and total); replaces " +
      "an earlier amount. At most the balance and at most the cap (default 50% of the items total). The points are " +
      "debited when the order is placed (refused then with insufficient_points if the balance no longer covers them) " +
      "and come back if the order is canceled.",
    tags,
    body: StoreApplyLoyaltyPoints,
    response,
    errors: [
      ...notMine,
      { status: 400, code: "insufficient_points", description: "More points than the balance" },
      { status: 400, code: "points_cap_exceeded", description: "More than the share of the items total points may pay" },
      { status: 400, code: "invalid_points", description: "Not a positive multiple of the step" },
      { status: 400, code: "points_currency_unsupported", description: "The cart is not in the programme's currency" },
      { status: 409, code: "cart_completed", description: "The cart is already an order" },
    ],
  },
  {
    method: "delete",
    path: "/store/carts/{id}/loyalty-points",
    auth: "customer",
    summary: "Take the points off my cart",
    tags,
    response,
    errors: [...notMine, { status: 409, code: "cart_completed", description: "The cart is already an order" }],
  },
])
