import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListLeaders, AdminSuspendLeader } from "./validators"

const read = [{ resource: "leader", operation: "read" }]
const update = [{ resource: "leader", operation: "update" }]

export const adminLeadersMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/leaders",
    policies: read,
    middlewares: [validateAndTransformQuery(AdminListLeaders, {})],
  },
  { methods: ["GET"], matcher: "/admin/leaders/:id", policies: read },
  {
    methods: ["POST"],
    matcher: "/admin/leaders/:id/suspend",
    policies: update,
    middlewares: [validateAndTransformBody(AdminSuspendLeader)],
  },
  { methods: ["POST"], matcher: "/admin/leaders/:id/reinstate", policies: update },
]
