import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveLoyaltySettingsStep, type SaveLoyaltySettingsInput } from "./steps/save-loyalty-settings"

export const updateLoyaltySettingsWorkflowId = "update-loyalty-settings"

/** Operators change rates, the check-in table, expiry and the tiers. */
export const updateLoyaltySettingsWorkflow = createWorkflow(updateLoyaltySettingsWorkflowId, (input: SaveLoyaltySettingsInput) => {
  return new WorkflowResponse(saveLoyaltySettingsStep(input))
})
