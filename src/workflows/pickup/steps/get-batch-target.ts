import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addStoreDays, storeDay } from "../../../lib/store-settings"
import { getGroup, groupSucceeded } from "../utils/order-group"

export const getBatchTargetStepId = "get-batch-target"

/** Days between a community deal's cutoff and delivery at the points (次日达: the next store day). */
export const DELIVERY_LEAD_DAYS = 1

/**
 * Where a community group's orders go: its pickup point, on the store day after its cutoff. Null for team
 * deals, groups without a point, and groups that did not succeed.
 */
export const getBatchTargetStep = createStep(
  getBatchTargetStepId,
  async (input: { group_id: string }, { container }) => {
    const group = await getGroup(container, input.group_id)
    if (!group || group.kind !== "community" || !group.pickup_point_id || !groupSucceeded(group)) {
      return new StepResponse(null as { pickup_point_id: string; delivery_date: string } | null)
    }
    return new StepResponse({
      pickup_point_id: group.pickup_point_id,
      delivery_date: addStoreDays(storeDay(group.expires_at), DELIVERY_LEAD_DAYS),
    } as { pickup_point_id: string; delivery_date: string } | null)
  }
)
