import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveLeaderApplication,
  AdminListLeaderApplications,
  AdminRejectLeaderApplication,
} from "./validators"

const read = [{ resource: "leader", operation: "read" }]
const update = [{ resource: "leader", operation: "update" }]

export const adminLeaderApplicationMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/leader-applications",
    policies: read,
    middlewares: [validateAndTransformQuery(AdminListLeaderApplications, {})],
  },
  { methods: ["GET"], matcher: "/admin/leader-applications/:id", policies: read },
  {
    methods: ["POST"],
    matcher: "/admin/leader-applications/:id/approve",
    policies: update,
    middlewares: [validateAndTransformBody(AdminApproveLeaderApplication)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leader-applications/:id/reject",
    policies: update,
    middlewares: [validateAndTransformBody(AdminRejectLeaderApplication)],
  },
]
