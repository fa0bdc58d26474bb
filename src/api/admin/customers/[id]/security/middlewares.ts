import type { MiddlewareRoute } from "@medusajs/framework/http"

export const adminCustomerSecurityMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/customers/:id/security", policies: [{ resource: "customer", operation: "read" }] },
]
