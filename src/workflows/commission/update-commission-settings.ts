import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CommissionSettingsValues } from "../../modules/commission/types"
import { commissionService } from "./utils/commission-service"

export const updateCommissionSettingsWorkflowId = "update-commission-settings"

const saveCommissionSettingsStep = createStep(
  "save-commission-settings",
  async (patch: Partial<CommissionSettingsValues>, { container }) => {
    const service = commissionService(container)
    const before = await service.getSettings()
    const after = await service.updateSettings(patch)
    return new StepResponse(after, before)
  },
  async (before: CommissionSettingsValues | undefined, { container }) => {
    if (!before) return
    await commissionService(container).updateSettings(before)
  }
)

/** Settlement delay (days) and withdrawal terms (minimum, fee). Orders already received keep their date. */
export const updateCommissionSettingsWorkflow = createWorkflow(
  updateCommissionSettingsWorkflowId,
  (input: Partial<CommissionSettingsValues>) => new WorkflowResponse(saveCommissionSettingsStep(input))
)
