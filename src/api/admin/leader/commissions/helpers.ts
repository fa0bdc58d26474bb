import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { toMoneyNumber } from "../../../../lib/money"
import { addStoreDays, getStoreSettings, storeDay, storeTime } from "../../../../lib/store-settings"
import { PICKUP_MODULE } from "../../../../modules/pickup"
import type PickupModuleService from "../../../../modules/pickup/service"

export const STATS_DAYS = 30

/**
 * A leader's GMV and order count per store day over the last 30 days (today included): the orders placed
 * for collection at their point (recorded with the leader when placed), canceled ones left out; GMV is
 * the orders' totals in the store currency.
 */
export async function leaderDailyStats(container: MedusaContainer, leaderId: string, now = new Date()) {
  const { timeZone, currencyCode } = getStoreSettings()
  const today = storeDay(now, timeZone)
  const first = addStoreDays(today, -(STATS_DAYS - 1))
  const since = storeTime(first, "00:00", timeZone)
  const pickup: PickupModuleService = container.resolve(PICKUP_MODULE)
  const pickupOrders = await pickup.listPickupOrders(
    { leader_id: leaderId, created_at: { $gte: since } },
    { select: ["order_id"], take: null }
  )
  const days = new Map<string, { orders: number; gmv: ReturnType<typeof MathBN.convert> }>()
  for (let i = 0; i < STATS_DAYS; i++) days.set(addStoreDays(first, i), { orders: 0, gmv: MathBN.convert(0) })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = pickupOrders.map((p) => p.order_id)
  for (let i = 0; i < ids.length; i += 500) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "created_at", "status", "currency_code", "total"],
      filters: { id: ids.slice(i, i + 500) },
    })
    for (const o of data) {
      if (o.status === "canceled" || o.currency_code !== currencyCode) continue
      const day = days.get(storeDay(new Date(o.created_at as string | Date), timeZone))
      if (!day) continue
      day.orders += 1
      day.gmv = MathBN.add(day.gmv, (o.total ?? 0) as number)
    }
  }
  const list = [...days.entries()].map(([day, v]) => ({ day, orders: v.orders, gmv: toMoneyNumber(v.gmv, currencyCode) }))
  return {
    time_zone: timeZone,
    currency_code: currencyCode,
    days: list,
    totals: {
      orders: list.reduce((s, d) => s + d.orders, 0),
      gmv: toMoneyNumber(list.reduce((s, d) => MathBN.add(s, d.gmv), MathBN.convert(0)), currencyCode),
    },
  }
}
