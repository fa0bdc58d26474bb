export * from "./create-phone-customer"
export * from "./favorites"
export * from "./history"
