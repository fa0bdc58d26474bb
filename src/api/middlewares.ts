import { defineMiddlewares } from "@medusajs/framework/http"
import { appErrorHandler } from "./error-handler"
import { storePickupPointMiddlewares } from "./store/pickup-points/middlewares"

/**
 * Only combines the per-resource middleware arrays (each resource keeps its own middlewares.ts).
 */
export default defineMiddlewares({
  routes: [...storePickupPointMiddlewares],
  errorHandler: appErrorHandler(),
})
