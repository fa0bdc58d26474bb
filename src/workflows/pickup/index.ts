export * from "./create-pickup-points"
export * from "./update-pickup-points"
export * from "./types"
export * from "./delete-pickup-points"
