import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePickupPoint, AdminListPickupPoints, AdminUpdatePickupPoint } from "./validators"

const policy = (operation: string) => [{ resource: "pickup_point", operation }]

export const adminPickupPointMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/pickup-points",
    policies: policy("read"),
    middlewares: [validateAndTransformQuery(AdminListPickupPoints, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/pickup-points",
    policies: policy("create"),
    middlewares: [validateAndTransformBody(AdminCreatePickupPoint)],
  },
  { methods: ["GET"], matcher: "/admin/pickup-points/:id", policies: policy("read") },
  {
    methods: ["POST"],
    matcher: "/admin/pickup-points/:id",
    policies: policy("update"),
    middlewares: [validateAndTransformBody(AdminUpdatePickupPoint)],
  },
  { methods: ["DELETE"], matcher: "/admin/pickup-points/:id", policies: policy("delete") },
]
