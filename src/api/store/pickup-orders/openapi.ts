import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"

const CustomerPickup = z.object({
  order_id: z.string(),
  status: z.enum(["pending", "collectable", "picked_up", "canceled"]).describe(
    "pending: the order's group has not succeeded yet · collectable: show the code at the point"
  ),
  code: z.string().nullable().describe('The pickup code (提货码), e.g. "7KQ2M-9XH4D", while collectable'),
  ready: z.boolean().describe("The goods arrived at the point"),
  ready_at: z.string().nullable(),
  picked_up_at: z.string().nullable(),
  pickup_point: z
    .object({
      id: z.string(),
      name: z.string(),
      address: z.string(),
      latitude: z.number(),
      longitude: z.number(),
      contact_phone: z.string().nullable(),
      opening_hours: z.record(z.string(), z.array(z.object({ open: z.string(), close: z.string() }))),
    })
    .nullable(),
})

export default defineOperations([
  {
    method: "get",
    path: "/store/pickup-orders",
    summary: "My orders to collect, with their pickup codes",
    tags: ["Pickup points"],
    auth: "customer",
    response: z.object({ pickup_orders: z.array(CustomerPickup), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "get",
    path: "/store/orders/{id}/pickup",
    summary: "The pickup of one of my orders",
    tags: ["Pickup points"],
    auth: "customer",
    response: z.object({ pickup: CustomerPickup }),
    errors: [{ status: 404, code: "pickup_order_not_found", description: "Not a pickup order of this customer" }],
  },
])
