import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCouponMiddlewares } from "./admin/coupons/middlewares"
import { appErrorHandler } from "./error-handler"
import { storeCouponMiddlewares } from "./store/coupons/middlewares"
import { storePickupPointMiddlewares } from "./store/pickup-points/middlewares"
import { storeReferralMiddlewares } from "./store/referrals/middlewares"

/**
 * Only combines the per-resource middleware arrays (each resource keeps its own middlewares.ts).
 */
export default defineMiddlewares({
  routes: [
    ...storePickupPointMiddlewares,
    ...storeCouponMiddlewares,
    ...storeReferralMiddlewares,
    ...adminCouponMiddlewares,
  ],
  errorHandler: appErrorHandler(),
})
