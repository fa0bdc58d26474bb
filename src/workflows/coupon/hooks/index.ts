export { couponCompleteCartHandler } from "./complete-cart"
export { referralCustomersCreatedHandler } from "./customers-created"
export { couponOrderCanceledHandler } from "./order-canceled"
export { couponPromotionContextHandler } from "./promotion-context"
