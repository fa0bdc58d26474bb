import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addGroupItemToCartWorkflow } from "../../../../../../workflows/group-buy"
import { joinResult } from "../../../join-result"
import type { StoreOpenGroupType } from "../../../validators"

/**
 * POST /store/group-buy/campaigns/:id/open: open a group (team) or order into the pickup point's batch
 * (community). Puts the variant in the customer's cart at the server-computed group price; the group is
 * created when the cart completes (the normal Medusa checkout).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreOpenGroupType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await addGroupItemToCartWorkflow(req.scope).run({
    input: {
      cart_id: body.cart_id,
      customer_id: req.auth_context.actor_id,
      campaign_id: req.params.id,
      group_id: null,
      variant_id: body.variant_id,
      quantity: body.quantity,
      pickup_point_id: body.pickup_point_id ?? null,
    },
  })
  res.json(await joinResult(req.scope, body.cart_id, result))
}
