import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPointsToCartWorkflow, removePointsFromCartWorkflow } from "../../../../../workflows/loyalty"
import type { StoreApplyLoyaltyPointsType } from "../../../loyalty/validators"
import { cartPointsView } from "./view"

/** GET /store/carts/:id/loyalty-points: what points can do for my cart (applied, balance, most allowed). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await cartPointsView(req.scope, req.params.id, req.auth_context.actor_id))
}

/** POST /store/carts/:id/loyalty-points { points }: pay part of my cart with points (replaces an earlier amount). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyLoyaltyPointsType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await applyPointsToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: customerId, points: req.validatedBody.points },
  })
  res.json(await cartPointsView(req.scope, req.params.id, customerId))
}

/** DELETE /store/carts/:id/loyalty-points: take the points off my cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  await removePointsFromCartWorkflow(req.scope).run({ input: { cart_id: req.params.id, customer_id: customerId } })
  res.json(await cartPointsView(req.scope, req.params.id, customerId))
}
