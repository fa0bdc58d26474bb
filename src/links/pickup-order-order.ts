import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PickupModule from "../modules/pickup"

/** The order a pickup order collects (read-only, by `order_id`). Query: `pickup_order.order.*`. */
export default defineLink(
  { linkable: PickupModule.linkable.pickupOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
