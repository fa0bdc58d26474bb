import { definePolicies } from "@medusajs/framework/utils"

/** Operators' work on pickup points, pickup orders and pickup verification. */
export const pickupPointPolicies = definePolicies(
  (["read", "create", "update", "delete"] as const).map((operation) => ({
    name: `${operation[0].toUpperCase()}${operation.slice(1)}PickupPoint`,
    resource: "pickup_point",
    operation,
    description: `${operation} pickup points and pickup orders`,
  }))
)
