import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addGroupItemToCartWorkflow } from "../../../../../../workflows/group-buy"
import { joinResult } from "../../../join-result"
import type { StoreJoinGroupType } from "../../../validators"

/**
 * POST /store/group-buy/groups/:id/join: put the variant in the customer's cart at the price of their place in
 * this group. The place is taken when the cart completes (full by then: moved to another group or refused).
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreJoinGroupType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await addGroupItemToCartWorkflow(req.scope).run({
    input: {
      cart_id: body.cart_id,
      customer_id: req.auth_context.actor_id,
      campaign_id: null,
      group_id: req.params.id,
      variant_id: body.variant_id,
      quantity: body.quantity,
    },
  })
  res.json(await joinResult(req.scope, body.cart_id, result))
}
