export * from "./create-pickup-points"
export * from "./update-pickup-points"
export * from "./types"
