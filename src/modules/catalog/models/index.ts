export * from "./order-sale"
export * from "./product-pair"
export * from "./product-sales"
