import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetPickupPoint, StoreNearbyPickupPoints } from "./validators"

export const storePickupPointMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/pickup-points/nearby",
    middlewares: [validateAndTransformQuery(StoreNearbyPickupPoints, {})],
  },
  {
    methods: ["GET"],
    matcher: "/store/pickup-points/:id",
    middlewares: [validateAndTransformQuery(StoreGetPickupPoint, {})],
  },
]
