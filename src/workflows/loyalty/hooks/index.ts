export * from "./complete-cart"
export * from "./order-canceled"
export * from "./promotion-context"
