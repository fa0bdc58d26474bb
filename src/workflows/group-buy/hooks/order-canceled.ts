import { MathBN } from "@medusajs/framework/utils"
import { roundMoney } from "../../../lib/money"
import type { HookHandler, OrderCanceledInput } from "../../hooks/registry"
import { orderPaymentState } from "../utils/payments"
import { groupBuyService } from "../utils/service"

type Undo = { member_id: string; prior_status: string; confirmed: boolean; refunded: string }

/**
 * An operator cancels a group order (Medusa's cancelOrderWorkflow has voided or refunded its payment by now):
 * the member ends `canceled` / `refunded`, and its place and stock are free again, so the group counts only
 * members still buying and the job never tries to capture a canceled payment. Members of failed groups are
 * left to the group's own refund flow (which also runs cancelOrderWorkflow). Plain orders: one indexed lookup.
 */
export const groupBuyOrderCanceledHandler: HookHandler<OrderCanceledInput, Undo> = {
  name: "group-buy",
  async run({ order }, container) {
    const service = groupBuyService(container)
    const [member] = await service.listGroupBuyMembers(
      { order_id: order.id, status: ["pending", "confirmed"] },
      { take: 1, select: ["id", "currency_code", "refunded_amount"] }
    )
    if (!member) {
      return
    }
    const payment = await orderPaymentState(container, order.id)
    const refunded = MathBN.convert(
      roundMoney(MathBN.max(MathBN.sub(payment.refunded_amount, member.refunded_amount ?? 0), 0), member.currency_code)
    ).toString()
    const ended = await service.cancelMember({
      order_id: order.id,
      status: payment.captured ? "refunded" : "canceled",
      refunded,
      at: new Date(),
    })
    return ended ? { ...ended, refunded } : undefined
  },
  async compensate(undo, container) {
    if (!undo) {
      return
    }
    await groupBuyService(container).restoreCanceledMember(undo)
  },
}
