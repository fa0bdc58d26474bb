import { definePolicies } from "@medusajs/framework/utils"

/** Operators' work on leaders: applications, approval, suspension, bindings and binding settings. */
export const leaderPolicies = definePolicies(
  (["read", "create", "update", "delete"] as const).map((operation) => ({
    name: `${operation[0].toUpperCase()}${operation.slice(1)}Leader`,
    resource: "leader",
    operation,
    description: `${operation} leaders and leader applications`,
  }))
)
