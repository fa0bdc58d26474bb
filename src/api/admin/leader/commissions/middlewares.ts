import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LeaderListCommissionEntries, LeaderListEarnings, LeaderListWithdrawals, RequestWithdrawal } from "./validators"

/**
 * Input validation of the leader's earnings routes. The `leader_portal` policy and the leader of the
 * logged-in user come from the leader pages' own middlewares (matcher /admin/leader/*).
 */
export const adminLeaderCommissionMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/leader/commissions/orders", middlewares: [validateAndTransformQuery(LeaderListEarnings, {})] },
  { methods: ["GET"], matcher: "/admin/leader/commissions/entries", middlewares: [validateAndTransformQuery(LeaderListCommissionEntries, {})] },
  { methods: ["GET"], matcher: "/admin/leader/commissions/withdrawals", middlewares: [validateAndTransformQuery(LeaderListWithdrawals, {})] },
  { methods: ["POST"], matcher: "/admin/leader/commissions/withdrawals", middlewares: [validateAndTransformBody(RequestWithdrawal)] },
]
