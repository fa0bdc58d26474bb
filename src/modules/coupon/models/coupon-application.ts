import { model } from "@medusajs/framework/utils"
import { CouponClaim } from "./coupon-claim"

/**
 * A claim applied to a cart. The same claim may sit in several of its holder's carts; the first cart to
 * complete consumes it (conditional update), the others are refused at completion.
 */
export const CouponApplication = model
  .define("CouponApplication", {
    id: model.id({ prefix: "cpapp" }).primaryKey(),
    claim: model.belongsTo(() => CouponClaim, { mappedBy: "applications" }),
    cart_id: model.text(),
    customer_id: model.text(),
  })
  .indexes([
    { on: ["claim_id", "cart_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["cart_id"], where: "deleted_at IS NULL" },
  ])
