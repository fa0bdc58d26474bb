import { createStep } from "@medusajs/framework/workflows-sdk"
import { getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { conflict, refused } from "../../../lib/errors"
import type { PickupOrderDTO } from "../../../modules/pickup/types"
import { getOrderGroup, groupSucceeded } from "../utils/order-group"

export const checkPickupAllowedStepId = "check-pickup-allowed"

/**
 * Refuses what must not be handed out: a canceled or refunded order, an order already picked up, and a
 * group order whose group has not succeeded (asked of the group-buy module through Query).
 */
export const checkPickupAllowedStep = createStep(
  checkPickupAllowedStepId,
  async (input: { pickup_order: PickupOrderDTO; order: Record<string, any> }, { container }) => {
    const { pickup_order: po, order } = input
    if (po.status === "picked_up") {
      throw conflict("already_picked_up", `Order ${po.order_id} was already picked up at ${po.picked_up_at}`)
    }
    if (po.status === "canceled" || order.status === "canceled" || order.canceled_at) {
      throw refused("order_canceled", `Order ${po.order_id} is canceled`)
    }
    if (getLastPaymentStatus(order as Parameters<typeof getLastPaymentStatus>[0]) === "refunded") {
      throw refused("order_refunded", `Order ${po.order_id} was refunded`)
    }
    const group = await getOrderGroup(container, po.order_id)
    if (group && !groupSucceeded(group)) {
      throw refused("group_not_succeeded", `Order ${po.order_id} belongs to group ${group.id}, which is ${group.status}`)
    }
    if (po.status !== "collectable") {
      throw refused("not_collectable", `Order ${po.order_id} is not collectable yet`)
    }
  }
)
