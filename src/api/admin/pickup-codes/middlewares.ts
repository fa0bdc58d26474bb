import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminVerifyPickupCode } from "./validators"

export const adminPickupCodeMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/pickup-codes/verify",
    policies: [{ resource: "pickup_point", operation: "update" }],
    middlewares: [validateAndTransformBody(AdminVerifyPickupCode)],
  },
]
