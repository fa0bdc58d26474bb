export * from "./complete-cart"
export * from "./order-canceled"
