import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentClaim } from "../../../../modules/coupon/utils/present"
import { walletFilter } from "../../../../modules/coupon/utils/wallet"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { cartIdForOrder, orderIdsForCarts } from "../../../../workflows/coupon/utils/orders"
import type { AdminListClaimsType } from "../validators"

/** GET /admin/coupons/claims: coupons in wallets, by template, customer, status or the order that used them. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListClaimsType>, res: MedusaResponse) => {
  const { limit, offset, template_id, customer_id, order_id, status } = req.validatedQuery as AdminListClaimsType
  const now = new Date()
  const filters: Record<string, unknown> = { ...walletFilter(status, now) }
  if (template_id) filters.template_id = template_id
  if (customer_id) filters.customer_id = customer_id
  if (order_id) {
    const cartId = await cartIdForOrder(req.scope, order_id)
    if (!cartId) {
      return res.json({ coupons: [], count: 0, offset, limit })
    }
    filters.used_cart_id = cartId
  }
  const [claims, count] = await couponService(req.scope).listAndCountCouponClaims(filters, {
    relations: ["template"],
    take: limit,
    skip: offset,
    order: { created_at: "DESC", id: "DESC" },
  })
  const orders = await orderIdsForCarts(req.scope, claims.map((c) => c.used_cart_id ?? ""))
  res.json({
    coupons: claims.map((c) => ({
      ...presentClaim(c, now, null, c.used_cart_id ? orders.get(c.used_cart_id) : null),
      issued_by: c.issued_by,
      note: c.note,
    })),
    count,
    offset,
    limit,
  })
}
