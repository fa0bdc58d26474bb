import type { MedusaContainer } from "@medusajs/framework/types"
import { getOrderGroup, groupSucceeded } from "../../pickup/utils/order-group"

/**
 * Whether an order may be fulfilled: a group order only once its group succeeded (closed groups had). Uses the
 * pickup domain's order → group lookup (by member.order_id, or by the order's cart right after checkout).
 */
export async function fulfillmentGate(container: MedusaContainer, orderId: string) {
  const group = await getOrderGroup(container, orderId)
  if (!group || groupSucceeded(group)) {
    return { allowed: true, code: null, reason: null, group }
  }
  const reason =
    group.status === "failed"
      ? `Order ${orderId} belongs to group ${group.id}, which failed: the order is canceled and refunded, not fulfilled`
      : `Order ${orderId} belongs to group ${group.id}, which has not succeeded yet (open until ${group.expires_at.toISOString()}); it can be fulfilled once the group succeeds`
  return { allowed: false, code: "group_not_succeeded", reason, group }
}
