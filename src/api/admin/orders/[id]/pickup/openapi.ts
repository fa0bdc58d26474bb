import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../../lib/openapi"
import { PickupOrderView } from "../../../pickup-codes/validators"

export default defineOperations([
  {
    method: "get",
    path: "/admin/orders/{id}/pickup",
    summary: "An order's pickup point and pickup status",
    description: "Null when the order is not collected at a pickup point. Never includes the code.",
    tags: ["Pickup points"],
    auth: "admin",
    policy: "pickup_point:read",
    response: z.object({
      pickup: PickupOrderView.extend({
        pickup_point: z.object({ id: z.string(), name: z.string(), code: z.string().nullable(), address: z.string() }).nullable(),
        verifications: z.array(
          z.object({ actor_id: z.string(), actor_kind: z.enum(["leader", "operator"]), outcome: z.string(), created_at: z.string() })
        ),
      }).nullable(),
    }),
    errors: [{ status: 404, code: "order_not_found", description: "No such order" }],
  },
])
