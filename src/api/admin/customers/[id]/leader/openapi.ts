import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../../lib/openapi"

const Response = z.object({
  binding: z
    .object({
      leader: z.object({ id: z.string(), name: z.string(), status: z.enum(["active", "suspended"]) }),
      source: z.enum(["order", "share_link"]),
      bound_at: z.string(),
      expires_at: z.string().nullable(),
    })
    .nullable()
    .describe("The leader the customer is bound to now"),
  leader: z
    .object({
      id: z.string(),
      status: z.enum(["active", "suspended"]),
      pickup_point_id: z.string().nullable(),
      suspension_reason: z.string().nullable(),
    })
    .nullable()
    .describe("The customer's own leader record, when they are a leader"),
  application: z
    .object({ id: z.string(), status: z.string(), created_at: z.string() })
    .nullable()
    .describe("The customer's latest leader application"),
})

export default defineOperations([
  {
    method: "get",
    path: "/admin/customers/{id}/leader",
    summary: "A customer's leader binding and leader status",
    tags: ["Leaders"],
    auth: "admin",
    policy: "leader:read",
    response: Response,
    errors: [{ status: 404, code: "customer_not_found", description: "No such customer" }],
  },
])
