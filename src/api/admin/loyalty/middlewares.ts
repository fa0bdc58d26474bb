import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAdjustPoints, AdminListCustomerEntries, AdminUpdateLoyaltySettings } from "./validators"

const can = (operation: "read" | "update") => [{ resource: "loyalty", operation }]

export const adminLoyaltyMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/loyalty/settings", policies: can("read") },
  {
    methods: ["POST"],
    matcher: "/admin/loyalty/settings",
    middlewares: [validateAndTransformBody(AdminUpdateLoyaltySettings)],
    policies: can("update"),
  },
  { methods: ["GET"], matcher: "/admin/loyalty/customers/:id", policies: can("read") },
  {
    methods: ["GET"],
    matcher: "/admin/loyalty/customers/:id/entries",
    middlewares: [validateAndTransformQuery(AdminListCustomerEntries, {})],
    policies: can("read"),
  },
  {
    methods: ["POST"],
    matcher: "/admin/loyalty/customers/:id/adjust",
    middlewares: [validateAndTransformBody(AdminAdjustPoints)],
    policies: can("update"),
  },
  { methods: ["GET"], matcher: "/admin/loyalty/orders/:id", policies: can("read") },
]
