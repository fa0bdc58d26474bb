import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COUPON_MODULE } from "../../../../modules/coupon"
import type CouponModuleService from "../../../../modules/coupon/service"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"
import { accountService } from "../../../../workflows/account/utils/account-service"
import { loyaltyService } from "../../../../workflows/loyalty/utils/loyalty-service"
import { GROUP_BUY_MODULE_KEY } from "../../../../workflows/pickup/utils/order-group"
import { ORDER_STATUSES } from "../validators"

type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Open groups the customer holds a live (pending or confirmed) place in; 0 without the group-buy module. */
async function groupsInProgress(container: MedusaContainer, customerId: string): Promise<number> {
  if (!container.hasRegistration(GROUP_BUY_MODULE_KEY)) {
    return 0
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "group_buy_member",
    fields: ["id", "group.id", "group.status"],
    filters: { customer_id: customerId, status: ["pending", "confirmed"], group: { status: "open" } },
  })
  return new Set(data.filter((m) => m.group?.status === "open").map((m) => m.group?.id)).size
}

/**
 * GET /store/me/summary: the personal centre's header in one call: my orders by status, orders to pick up, points,
 * coupons, open groups, favourites and browsing history. Six small queries, run in parallel.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const pickup: PickupModuleService = req.scope.resolve(PICKUP_MODULE)
  const coupons: CouponModuleService = req.scope.resolve(COUPON_MODULE)
  const [orders, [, toPickUp], balance, wallet, groups, personal] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "status"], filters: { customer_id: customerId, is_draft_order: false } }),
    pickup.listAndCountPickupOrders({ customer_id: customerId, status: "collectable" }, { take: 1, select: ["id"] }),
    loyaltyService(req.scope).getBalance(customerId),
    coupons.walletCounts(customerId),
    groupsInProgress(req.scope, customerId),
    accountService(req.scope).personalCounts(customerId),
  ])
  const byStatus = Object.fromEntries(ORDER_STATUSES.map((s) => [s, 0])) as Record<OrderStatus, number>
  for (const o of orders.data) {
    if (o.status in byStatus) {
      byStatus[o.status as OrderStatus] += 1
    }
  }
  res.json({
    orders: { total: orders.data.length, by_status: byStatus, to_pick_up: toPickUp },
    points: { balance },
    coupons: wallet,
    groups_in_progress: groups,
    favorites: personal.favorites,
    history: personal.history,
  })
}
