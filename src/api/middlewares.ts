import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCouponMiddlewares } from "./admin/coupons/middlewares"
import { adminCustomerLeaderMiddlewares } from "./admin/customers/[id]/leader/middlewares"
import { adminDeliveryBatchMiddlewares } from "./admin/delivery-batches/middlewares"
import { adminLoyaltyMiddlewares } from "./admin/loyalty/middlewares"
import { adminLeaderApplicationMiddlewares } from "./admin/leader-applications/middlewares"
import { adminLeaderSettingsMiddlewares } from "./admin/leader-settings/middlewares"
import { adminLeaderPortalMiddlewares } from "./admin/leader/middlewares"
import { adminLeadersMiddlewares } from "./admin/leaders/middlewares"
import { adminOrderPickupMiddlewares } from "./admin/orders/[id]/pickup/middlewares"
import { adminPickupCodeMiddlewares } from "./admin/pickup-codes/middlewares"
import { adminPickupPointMiddlewares } from "./admin/pickup-points/middlewares"
import { appErrorHandler } from "./error-handler"
import { storeCartPickupMiddlewares } from "./store/carts/[id]/pickup/middlewares"
import { storeCouponMiddlewares } from "./store/coupons/middlewares"
import { storeLoyaltyMiddlewares } from "./store/loyalty/middlewares"
import { storeAuthMiddlewares } from "./store/auth/middlewares"
import { storeMeMiddlewares } from "./store/me/middlewares"
import { adminCustomerSecurityMiddlewares } from "./admin/customers/[id]/security/middlewares"
import { storeNotificationMiddlewares } from "./store/notifications/middlewares"
import { storeCatalogMiddlewares } from "./store/catalog/middlewares"
import { storeReviewMiddlewares } from "./store/reviews/middlewares"
import { storeQuestionMiddlewares } from "./store/questions/middlewares"
import { storeFaqMiddlewares } from "./store/faqs/middlewares"
import { adminReviewMiddlewares } from "./admin/reviews/middlewares"
import { adminQuestionMiddlewares } from "./admin/questions/middlewares"
import { adminFaqMiddlewares } from "./admin/faqs/middlewares"
import { leaderQuestionMiddlewares } from "./admin/leader/questions/middlewares"
import { storeShareMiddlewares } from "./store/share/middlewares"
import { storeLeaderApplicationMiddlewares } from "./store/leader-applications/middlewares"
import { storeLeaderBindingMiddlewares } from "./store/leader-binding/middlewares"
import { storePickupOrderMiddlewares } from "./store/pickup-orders/middlewares"
import { storePickupPointMiddlewares } from "./store/pickup-points/middlewares"
import { storeReferralMiddlewares } from "./store/referrals/middlewares"
import { adminCommissionMiddlewares } from "./admin/commissions/middlewares"
import { adminLeaderCommissionMiddlewares } from "./admin/leader/commissions/middlewares"
import { storeCommissionMiddlewares } from "./store/commissions/middlewares"
import { storeGroupBuyMiddlewares } from "./store/group-buy/middlewares"
import { adminGroupBuyMiddlewares } from "./admin/group-buy/middlewares"
import { adminOrderFulfillmentGuardMiddlewares } from "./admin/group-buy/fulfillment-guard"
import { inputGuardMiddlewares } from "./input-guard"

/**
 * Only combines the per-resource middleware arrays (each resource keeps its own middlewares.ts).
 */
export default defineMiddlewares({
  routes: [
    ...storePickupPointMiddlewares,
    ...storeCartPickupMiddlewares,
    ...storeCouponMiddlewares,
    ...storeReferralMiddlewares,
    ...adminCouponMiddlewares,
    ...storeLeaderApplicationMiddlewares,
    ...storeLeaderBindingMiddlewares,
    ...adminLeaderPortalMiddlewares,
    ...adminLeaderApplicationMiddlewares,
    ...adminLeadersMiddlewares,
    ...adminLeaderSettingsMiddlewares,
    ...adminCustomerLeaderMiddlewares,
    ...adminPickupPointMiddlewares,
    ...adminPickupCodeMiddlewares,
    ...adminOrderPickupMiddlewares,
    ...adminDeliveryBatchMiddlewares,
    ...storePickupOrderMiddlewares,
    ...storeLoyaltyMiddlewares,
    ...adminLoyaltyMiddlewares,
    ...storeAuthMiddlewares,
    ...storeMeMiddlewares,
    ...adminCustomerSecurityMiddlewares,
    ...storeNotificationMiddlewares,
    ...storeCatalogMiddlewares,
    ...storeReviewMiddlewares,
    ...storeQuestionMiddlewares,
    ...storeFaqMiddlewares,
    ...adminReviewMiddlewares,
    ...adminQuestionMiddlewares,
    ...adminFaqMiddlewares,
    ...leaderQuestionMiddlewares,
    ...storeShareMiddlewares,
    ...storeGroupBuyMiddlewares,
    ...adminCommissionMiddlewares,
    ...adminLeaderCommissionMiddlewares,
    ...storeCommissionMiddlewares,
    ...adminGroupBuyMiddlewares,
    ...adminOrderFulfillmentGuardMiddlewares,
    ...inputGuardMiddlewares,
  ],
  errorHandler: appErrorHandler(),
})
