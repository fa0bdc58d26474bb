import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import GroupBuyModule from "../modules/group-buy"

/**
 * An order's group-buy membership (read-only, by the member's `order_id`), so any domain can ask Query
 * "is this a group order, and did its group succeed?":
 *   query.graph({ entity: "order", fields: ["group_buy_member.status", "group_buy_member.group.status"] })
 * Right after checkout (before the order.placed subscriber confirms it) the member is found by cart instead;
 * src/workflows/pickup/utils/order-group.ts does both.
 */
export default defineLink(
  { linkable: OrderModule.linkable.order, field: "id" },
  { ...GroupBuyModule.linkable.groupBuyMember.id, primaryKey: "order_id", alias: "group_buy_member" },
  { readOnly: true }
)
