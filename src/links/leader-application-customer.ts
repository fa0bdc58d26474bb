import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import LeaderModule from "../modules/leader"

/** The applicant (read-only, by `customer_id`). Query: `leader_application.customer.*`. */
export default defineLink(
  { linkable: LeaderModule.linkable.leaderApplication, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
