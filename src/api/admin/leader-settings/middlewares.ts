import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminLeaderSettings } from "./validators"

export const adminLeaderSettingsMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/leader-settings", policies: [{ resource: "leader", operation: "read" }] },
  {
    methods: ["POST"],
    matcher: "/admin/leader-settings",
    policies: [{ resource: "leader", operation: "update" }],
    middlewares: [validateAndTransformBody(AdminLeaderSettings)],
  },
]
