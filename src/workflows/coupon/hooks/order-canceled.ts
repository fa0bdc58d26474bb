import type { UsageComputedActions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COUPON_CODE_PREFIX } from "../../../modules/coupon/utils/promotion-spec"
import type { HookHandler, OrderCanceledInput } from "../../hooks/registry"
import { couponService } from "../utils/coupon-service"

type Undo = {
  cart_id: string
  customer_id: string
  uses: { claim_id: string; discount_total: string }[]
  usage: UsageComputedActions[]
  context: { customer_id: string | null; customer_email: string | null }
}

type Adjustment = { code?: string | null; amount?: number } | null

/**
 * When an order is canceled, the coupons it used go back to the wallet (a coupon past its end date shows as
 * expired there) and Medusa's campaign usage is reverted, so the stock budget stays equal to live uses.
 */
export const couponOrderCanceledHandler: HookHandler<OrderCanceledInput, Undo> = {
  name: "coupon",
  async run({ order }, container) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [full],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "email", "cart.id", "items.adjustments.code", "items.adjustments.amount"],
      filters: { id: order.id },
    })
    const cartId = full?.cart?.id
    const adjustments = (full?.items ?? []).flatMap((i) => (i?.adjustments ?? []) as Adjustment[])
    const usage = adjustments
      .filter((a) => a?.code?.startsWith(COUPON_CODE_PREFIX))
      .map((a) => ({ code: a!.code!, amount: a!.amount ?? 0 }))
    if (!cartId || !usage.length) {
      return
    }
    const service = couponService(container)
    const used = await service.listCouponClaims({ used_cart_id: cartId, status: "used" }, { take: null })
    const released = await service.releaseClaims({ cart_id: cartId })
    if (!released.length) {
      return
    }
    const context = { customer_id: full.customer_id ?? null, customer_email: full.email ?? null }
    await container.resolve(Modules.PROMOTION).revertUsage(usage, context)
    return {
      cart_id: cartId,
      customer_id: full.customer_id!,
      uses: used
        .filter((c) => released.includes(c.id))
        .map((c) => ({ claim_id: c.id, discount_total: String(c.discount_total ?? 0) })),
      usage,
      context,
    }
  },
  async compensate(undo, container) {
    if (!undo) {
      return
    }
    await couponService(container).consumeClaims({ cart_id: undo.cart_id, customer_id: undo.customer_id, uses: undo.uses })
    await container.resolve(Modules.PROMOTION).registerUsage(undo.usage, undo.context)
  },
}
