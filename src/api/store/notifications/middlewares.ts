import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListNotifications, StoreUpdateNotificationPreferences } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeNotificationMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/notifications", middlewares: [customer, validateAndTransformQuery(StoreListNotifications, {})] },
  { methods: ["GET"], matcher: "/store/notifications/preferences", middlewares: [customer] },
  {
    methods: ["POST"],
    matcher: "/store/notifications/preferences",
    middlewares: [customer, validateAndTransformBody(StoreUpdateNotificationPreferences)],
  },
]
