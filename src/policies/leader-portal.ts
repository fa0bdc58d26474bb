import { definePolicies } from "@medusajs/framework/utils"

/**
 * The leader pages (/admin/leader/...): a leader reads and works on their own point, orders and batches.
 * Every leader route also filters by the leader linked to the logged-in user.
 */
export const leaderPortalPolicies = definePolicies([
  { name: "ReadLeaderPortal", resource: "leader_portal", operation: "read", description: "Read own leader pages" },
  {
    name: "UpdateLeaderPortal",
    resource: "leader_portal",
    operation: "update",
    description: "Verify pickup codes, confirm batches, edit own point's hours and status",
  },
])
