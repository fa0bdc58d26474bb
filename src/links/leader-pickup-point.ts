import { defineLink } from "@medusajs/framework/utils"
import LeaderModule from "../modules/leader"
import PickupModule from "../modules/pickup"

/** A leader's pickup point (read-only, by `pickup_point_id`). Query: `leader.pickup_point.*`. */
export default defineLink(
  { linkable: LeaderModule.linkable.leader, field: "pickup_point_id" },
  PickupModule.linkable.pickupPoint,
  { readOnly: true }
)
