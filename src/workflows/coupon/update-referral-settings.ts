import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateReferralSettingsStep, type ReferralSettingsUpdate } from "./steps/update-referral-settings"

export const updateReferralSettingsWorkflowId = "update-referral-settings"

export const updateReferralSettingsWorkflow = createWorkflow(
  updateReferralSettingsWorkflowId,
  (input: ReferralSettingsUpdate) => new WorkflowResponse(updateReferralSettingsStep(input))
)
