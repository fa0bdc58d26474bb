import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import LeaderModule from "../modules/leader"

/** A leader's customer account (read-only: the leader stores `customer_id`). Query: `leader.customer.*`. */
export default defineLink(
  { linkable: LeaderModule.linkable.leader, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
