export * from "./preference"
export * from "./reminder"
