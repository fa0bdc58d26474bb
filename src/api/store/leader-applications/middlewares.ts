import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSubmitLeaderApplication } from "./validators"

export const storeLeaderApplicationMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/leader-applications*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    methods: ["POST"],
    matcher: "/store/leader-applications",
    middlewares: [validateAndTransformBody(StoreSubmitLeaderApplication)],
  },
]
