import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"

/**
 * "Received": the order is completed (an operator completed it after delivery, or a pickup verification
 * completed it), or its pickup order was picked up. Canceled orders never count.
 */
export async function orderReceived(container: MedusaContainer, order: { id: string; status?: string | null }) {
  if (order.status === "canceled") return false
  if (order.status === "completed") return true
  const pickups = container.resolve<PickupModuleService>(PICKUP_MODULE)
  const [picked] = await pickups.listPickupOrders({ order_id: order.id, status: "picked_up" }, { take: 1 })
  return !!picked
}

const RECENT_ORDERS = 200

/** Whether the customer received this product in one of their last 200 completed orders (a "buyer"). */
export async function customerReceivedProduct(container: MedusaContainer, customerId: string, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_id"],
    filters: { customer_id: customerId, status: "completed" },
    pagination: { take: RECENT_ORDERS, order: { created_at: "DESC" } },
  })
  return data.some((o) => (o.items ?? []).some((i) => i?.product_id === productId))
}
