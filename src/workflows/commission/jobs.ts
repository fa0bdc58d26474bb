import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { commissionService } from "./utils/commission-service"

/**
 * The daily settlement: every order whose settlement date has passed by `now` (received + delay, store
 * days) moves its pending commission to available, order by order, each in its own transaction under the
 * order's lock. Idempotent: a settled order is marked so and skipped; a second run finds nothing due.
 * Emits `commission.settled` { order_id, amounts: [{ customer_id, amount }] } per settled order.
 */
export async function settleDueCommissions(container: MedusaContainer, now = new Date()) {
  const service = commissionService(container)
  const bus = container.resolve(Modules.EVENT_BUS)
  let orders = 0
  const seen = new Set<string>()
  for (;;) {
    const batch = (await service.listDueOrders(now, 100)).filter((id) => !seen.has(id))
    if (!batch.length) break
    for (const orderId of batch) {
      seen.add(orderId)
      const res = await service.settleOrderCommissions(orderId, now)
      if (res.settled) {
        orders += 1
        await bus.emit({ name: "commission.settled", data: { order_id: orderId, amounts: res.amounts.map((a) => ({ ...a, amount: Number(a.amount) })) } })
      }
    }
  }
  return { orders }
}
