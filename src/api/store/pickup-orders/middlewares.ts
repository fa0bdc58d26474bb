import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

export const storePickupOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/pickup-orders", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { matcher: "/store/orders/:id/pickup", middlewares: [authenticate("customer", ["session", "bearer"])] },
]
