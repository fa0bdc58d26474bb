import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreShareParams } from "./validators"

/** Anyone may build a share card; a logged-in customer's link carries their referral code. */
const sharer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeShareMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/share/products/:id", middlewares: [sharer, validateAndTransformQuery(StoreShareParams, {})] },
  { methods: ["GET"], matcher: "/store/share/groups/:id", middlewares: [sharer, validateAndTransformQuery(StoreShareParams, {})] },
]
