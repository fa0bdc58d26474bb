import type { MiddlewareRoute } from "@medusajs/framework/http"

export const adminOrderPickupMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/orders/:id/pickup", policies: [{ resource: "pickup_point", operation: "read" }] },
]
