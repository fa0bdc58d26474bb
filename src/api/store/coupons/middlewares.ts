import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreApplyCoupon, StoreListCouponTemplates, StoreListWallet } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCouponMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/coupons/templates",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreListCouponTemplates, {}),
    ],
  },
  { methods: ["POST"], matcher: "/store/coupons/templates/:id/claim", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/coupons/wallet", middlewares: [customer, validateAndTransformQuery(StoreListWallet, {})] },
  { methods: ["GET"], matcher: "/store/carts/:id/coupons", middlewares: [customer] },
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/coupons",
    middlewares: [customer, validateAndTransformBody(StoreApplyCoupon)],
  },
  { methods: ["DELETE"], matcher: "/store/carts/:id/coupons/:claim_id", middlewares: [customer] },
]
