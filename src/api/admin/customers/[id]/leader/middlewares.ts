import type { MiddlewareRoute } from "@medusajs/framework/http"

export const adminCustomerLeaderMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/customers/:id/leader", policies: [{ resource: "leader", operation: "read" }] },
]
