import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentClaim } from "../../../../modules/coupon/utils/present"
import { walletFilter } from "../../../../modules/coupon/utils/wallet"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { orderIdsForCarts } from "../../../../workflows/coupon/utils/orders"
import type { StoreListWalletType } from "../validators"

/** GET /store/coupons/wallet?status=available|used|expired: my coupons (卡券包), with counts per status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListWalletType>, res: MedusaResponse) => {
  const { limit, offset, status } = req.validatedQuery as StoreListWalletType
  const now = new Date()
  const customerId = req.auth_context.actor_id
  const service = couponService(req.scope)
  const [claims, count] = await service.listAndCountCouponClaims(
    { customer_id: customerId, ...walletFilter(status, now) },
    {
      relations: ["template"],
      take: limit,
      skip: offset,
      order: status === "available" ? { expires_at: "ASC", id: "ASC" } : { created_at: "DESC", id: "DESC" },
    }
  )
  const orders = await orderIdsForCarts(req.scope, claims.map((c) => c.used_cart_id ?? ""))
  res.json({
    coupons: claims.map((c) => presentClaim(c, now, req.locale, c.used_cart_id ? orders.get(c.used_cart_id) : null)),
    count,
    offset,
    limit,
    counts: await service.walletCounts(customerId, now),
  })
}
