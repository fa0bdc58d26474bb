import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustPointsStep, type AdjustPointsStepInput } from "./steps/adjust-points"

export const adjustCustomerPointsWorkflowId = "adjust-customer-points"

/** An operator adds or takes points with a reason; the entry records who did it (audit). */
export const adjustCustomerPointsWorkflow = createWorkflow(adjustCustomerPointsWorkflowId, (input: AdjustPointsStepInput) => {
  return new WorkflowResponse(adjustPointsStep(input))
})
