import { definePolicies } from "@medusajs/framework/utils"

/**
 * Commissions (finance: commission:*, withdrawal:*). Leaders see their own earnings through the leader pages
 * (`leader_portal`), never through these.
 */
export const commissionPolicies = definePolicies([
  { name: "ReadCommission", resource: "commission", operation: "read", description: "See commission rules, the ledger and exports" },
  { name: "CreateCommission", resource: "commission", operation: "create", description: "Create commission rules" },
  { name: "UpdateCommission", resource: "commission", operation: "update", description: "Edit commission rules and settings" },
  { name: "DeleteCommission", resource: "commission", operation: "delete", description: "Delete commission rules" },
  { name: "ReadWithdrawal", resource: "withdrawal", operation: "read", description: "See withdrawal requests" },
  { name: "UpdateWithdrawal", resource: "withdrawal", operation: "update", description: "Pay out or reject withdrawal requests" },
])
