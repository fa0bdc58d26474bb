import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import GroupBuyModule from "../modules/group-buy"

/** A member's order (read-only, by `order_id`). Query: `group_buy_member.order.*`. */
export default defineLink(
  { linkable: GroupBuyModule.linkable.groupBuyMember, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
