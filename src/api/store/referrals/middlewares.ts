import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreBindReferral, StoreListReferrals, StoreShareLink } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeReferralMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/referrals/me", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/referrals/share-link", middlewares: [customer, validateAndTransformQuery(StoreShareLink, {})] },
  { methods: ["GET"], matcher: "/store/referrals/invitees", middlewares: [customer, validateAndTransformQuery(StoreListReferrals, {})] },
  { methods: ["GET"], matcher: "/store/referrals/rewards", middlewares: [customer, validateAndTransformQuery(StoreListReferrals, {})] },
  { methods: ["POST"], matcher: "/store/referrals/bind", middlewares: [customer, validateAndTransformBody(StoreBindReferral)] },
]
