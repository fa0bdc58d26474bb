import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PickupModule from "../modules/pickup"

/**
 * An order's pickup (read-only, by the pickup order's `order_id`), so any domain can ask Query
 * "is this order collected at a point, and where does it stand?":
 *   query.graph({ entity: "order", fields: ["pickup_order.status", "pickup_order.pickup_point_id"] })
 * The code itself never travels this way (it is stored hashed; its customer sees it through the Store API).
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...PickupModule.linkable.pickupOrder.id, primaryKey: "order_id" },
  { readOnly: true }
)
