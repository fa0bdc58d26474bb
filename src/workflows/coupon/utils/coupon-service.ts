import type { MedusaContainer } from "@medusajs/framework/types"
import { COUPON_MODULE } from "../../../modules/coupon"
import type CouponModuleService from "../../../modules/coupon/service"

export function couponService(container: MedusaContainer | { resolve: MedusaContainer["resolve"] }): CouponModuleService {
  return container.resolve<CouponModuleService>(COUPON_MODULE)
}
