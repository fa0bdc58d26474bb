import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreChoosePickupPoint } from "./validators"

export const storeCartPickupMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/store/carts/:id/pickup", middlewares: [validateAndTransformBody(StoreChoosePickupPoint)] },
]
