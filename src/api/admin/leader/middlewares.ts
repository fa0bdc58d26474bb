import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LeaderVerifyPickupCode } from "../pickup-codes/validators"
import { confineLeaders } from "./confinement"
import { attachLeader } from "./context"
import { LeaderListOrders, LeaderListVerifications, LeaderUpdatePickupPoint } from "./validators"

const read = [{ resource: "leader_portal", operation: "read" }]
const update = [{ resource: "leader_portal", operation: "update" }]

/**
 * - every /admin route: leader confinement (allow-list for users with only leader roles);
 * - every /admin/leader/* route: the `leader_portal` policy (read for GET, update otherwise) and the
 *   leader of the logged-in user attached to the request (see ./context.ts). Routes added under
 *   /admin/leader/ by other domains get both without doing anything.
 */
export const adminLeaderPortalMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/*", middlewares: [confineLeaders] },
  { methods: ["GET"], matcher: "/admin/leader/*", policies: read, middlewares: [attachLeader] },
  { methods: ["POST", "DELETE"], matcher: "/admin/leader/*", policies: update, middlewares: [attachLeader] },
  {
    methods: ["POST"],
    matcher: "/admin/leader/pickup-point",
    middlewares: [validateAndTransformBody(LeaderUpdatePickupPoint)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/leader/pickup-codes/verify",
    middlewares: [validateAndTransformBody(LeaderVerifyPickupCode)],
  },
  { methods: ["GET"], matcher: "/admin/leader/orders", middlewares: [validateAndTransformQuery(LeaderListOrders, {})] },
  {
    methods: ["GET"],
    matcher: "/admin/leader/verifications",
    middlewares: [validateAndTransformQuery(LeaderListVerifications, {})],
  },
]
