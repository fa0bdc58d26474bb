import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListCommissionEntries, StoreListWithdrawals, StoreRequestWithdrawal } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCommissionMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/commissions/me", middlewares: [customer] },
  { methods: ["GET"], matcher: "/store/commissions/entries", middlewares: [customer, validateAndTransformQuery(StoreListCommissionEntries, {})] },
  { methods: ["GET"], matcher: "/store/commissions/withdrawals", middlewares: [customer, validateAndTransformQuery(StoreListWithdrawals, {})] },
  { methods: ["POST"], matcher: "/store/commissions/withdrawals", middlewares: [customer, validateAndTransformBody(StoreRequestWithdrawal)] },
]
