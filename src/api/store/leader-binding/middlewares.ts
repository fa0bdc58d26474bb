import { authenticate, validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreBindLeader } from "./validators"

export const storeLeaderBindingMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/leader-binding", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { methods: ["POST"], matcher: "/store/leader-binding", middlewares: [validateAndTransformBody(StoreBindLeader)] },
]
