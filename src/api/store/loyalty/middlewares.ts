import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreApplyLoyaltyPoints, StoreCheckinCalendar, StoreListLoyaltyEntries } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeLoyaltyMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/loyalty/balance", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/loyalty/expiring", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/loyalty/entries", middlewares: [customer, validateAndTransformQuery(StoreListLoyaltyEntries, {})] },
  { methods: ["POST"], matcher: "/store/loyalty/check-in", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/loyalty/check-ins", middlewares: [customer, validateAndTransformQuery(StoreCheckinCalendar, {})] },
  { methods: ["GET"], matcher: "/store/loyalty/tier", middlewares: [customer] },
  { methods: ["GET", "DELETE"], matcher: "/store/carts/:id/loyalty-points", middlewares: [customer] },
  { methods: ["POST"], matcher: "/store/carts/:id/loyalty-points", middlewares: [customer, validateAndTransformBody(StoreApplyLoyaltyPoints)] },
]
