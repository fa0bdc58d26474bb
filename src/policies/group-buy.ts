import { definePolicies } from "@medusajs/framework/utils"

/** Group-buy campaigns and groups (operators: group_buy:*; leaders have no access). */
export default definePolicies([
  { name: "ReadGroupBuy", resource: "group_buy", operation: "read", description: "See group-buy campaigns, groups, members and payments" },
  { name: "CreateGroupBuy", resource: "group_buy", operation: "create", description: "Create group-buy campaigns" },
  {
    name: "UpdateGroupBuy",
    resource: "group_buy",
    operation: "update",
    description: "Edit, activate and end campaigns; close or fail groups now",
  },
])
