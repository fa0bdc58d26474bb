import { z } from "@medusajs/framework/zod"

export const LeaderVerifyPickupCode = z
  .object({ code: z.string().trim().min(1).max(40).describe("The customer's pickup code, e.g. 7KQ2M-9XH4D") })
  .strict()
export type LeaderVerifyPickupCodeType = z.infer<typeof LeaderVerifyPickupCode>

export const AdminVerifyPickupCode = LeaderVerifyPickupCode.extend({
  pickup_point_id: z.string().optional().describe("The point where the operator hands the order over"),
}).strict()
export type AdminVerifyPickupCodeType = z.infer<typeof AdminVerifyPickupCode>

export const PickupOrderView = z.object({
  id: z.string(),
  order_id: z.string(),
  pickup_point_id: z.string(),
  customer_id: z.string().nullable(),
  group_id: z.string().nullable(),
  status: z.enum(["pending", "collectable", "picked_up", "canceled"]),
  code_issued_at: z.string().nullable(),
  ready_at: z.string().nullable(),
  picked_up_at: z.string().nullable(),
  picked_up_by: z.string().nullable(),
  picked_up_by_kind: z.enum(["leader", "operator"]).nullable(),
  canceled_at: z.string().nullable(),
  delivery_batch_id: z.string().nullable(),
  created_at: z.string(),
})

export const OrderSummary = z.object({
  id: z.string(),
  display_id: z.number(),
  status: z.string(),
  created_at: z.string(),
  currency_code: z.string(),
  total: z.number(),
  items: z.array(z.object({ title: z.string(), variant_title: z.string().nullable(), sku: z.string().nullable(), quantity: z.number() })),
  customer_name: z.string(),
  customer_phone: z.string().nullable(),
})

export const VerifyPickupCodeResponse = z.object({ pickup_order: PickupOrderView, order: OrderSummary })

export const VERIFY_ERRORS = [
  { status: 400, code: "invalid_pickup_code", description: "No order has this code" },
  { status: 403, code: "wrong_pickup_point", description: "The code belongs to another point's order" },
  { status: 409, code: "already_picked_up", description: "The order was already picked up" },
  { status: 400, code: "order_canceled", description: "The order is canceled" },
  { status: 400, code: "order_refunded", description: "The order was refunded" },
  { status: 400, code: "group_not_succeeded", description: "The order's group has not succeeded" },
  { status: 400, code: "not_collectable", description: "The order is not collectable yet" },
  { status: 400, code: "too_many_attempts", description: "Too many wrong codes at this point; wait for the window to end" },
]
