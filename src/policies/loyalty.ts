import { definePolicies } from "@medusajs/framework/utils"

/** Points, check-in and tiers (operators: loyalty:*). */
export default definePolicies([
  { name: "ReadLoyalty", resource: "loyalty", operation: "read", description: "See points settings, balances and ledgers" },
  { name: "UpdateLoyalty", resource: "loyalty", operation: "update", description: "Change points settings and adjust customers' points" },
])
