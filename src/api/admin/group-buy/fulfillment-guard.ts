import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { conflict } from "../../../lib/errors"
import { fulfillmentGate } from "./helpers"

/**
 * `POST /admin/orders/:id/fulfillments` (Medusa's own route) refuses a group order whose group has not
 * succeeded: 409 `group_not_succeeded` with the reason, before anything is created. The same rule guards
 * every other way into createOrderFulfillmentWorkflow (workflows/group-buy/hooks/fulfillment-created.ts).
 */
async function refuseUnsucceededGroupOrders(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params?.id
  if (!orderId || !/\/orders\/[^/]+\/fulfillments\/?$/.test(req.path)) {
    return next()
  }
  const gate = await fulfillmentGate(req.scope, orderId)
  if (!gate.allowed) {
    return next(conflict(gate.code!, gate.reason!))
  }
  next()
}

export const adminOrderFulfillmentGuardMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/orders/:id/fulfillments", middlewares: [refuseUnsucceededGroupOrders] },
]
