import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { HookHandler, OrderCanceledInput } from "../../hooks/registry"
import { loyaltyService } from "../utils/loyalty-service"

type Undo = { redemption_ids: string[] }

/**
 * A canceled order gives back the points it was paid with (with their original expiry; points whose
 * expiry passed meanwhile are forfeited). Compensation debits them again.
 */
export const loyaltyOrderCanceledHandler: HookHandler<OrderCanceledInput, Undo> = {
  name: "loyalty",
  async run({ order }, container) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [full],
    } = await query.graph({ entity: "order", fields: ["id", "cart.id"], filters: { id: order.id } })
    const cartId = full?.cart?.id
    if (!cartId) {
      return
    }
    const service = loyaltyService(container)
    const debited = await service.listLoyaltyRedemptions({ cart_id: cartId, status: "debited" })
    const restored: string[] = []
    for (const r of debited) {
      const res = await service.restoreRedemption({ redemption_id: r.id, to: "restored", order_id: order.id })
      if (res.created) {
        restored.push(r.id)
      }
    }
    return restored.length ? { redemption_ids: restored } : undefined
  },
  async compensate(undo, container) {
    if (!undo) {
      return
    }
    for (const id of undo.redemption_ids) {
      await loyaltyService(container).redebitRedemption({ redemption_id: id })
    }
  },
}
