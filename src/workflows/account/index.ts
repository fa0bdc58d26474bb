export * from "./create-phone-customer"
