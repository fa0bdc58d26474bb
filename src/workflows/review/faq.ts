import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFaqStep, type FaqFields, saveFaqStep } from "./steps/faq"

export const saveFaqWorkflowId = "save-faq"

/** An operator creates (no id) or edits an FAQ entry. */
export const saveFaqWorkflow = createWorkflow(saveFaqWorkflowId, (input: { id?: string; fields: FaqFields }) => {
  return new WorkflowResponse(saveFaqStep(input))
})

export const deleteFaqWorkflowId = "delete-faq"

export const deleteFaqWorkflow = createWorkflow(deleteFaqWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteFaqStep(input))
})
