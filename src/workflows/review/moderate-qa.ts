import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QaStatus } from "../../modules/review/types"
import { setAnswerStatusStep, setQuestionStatusStep, type SetAnswerStatusInput } from "./steps/moderate-qa"

export const setQuestionStatusWorkflowId = "set-question-status"

/** An operator shows or hides a question. */
export const setQuestionStatusWorkflow = createWorkflow(setQuestionStatusWorkflowId, (input: { id: string; status: QaStatus }) => {
  return new WorkflowResponse(setQuestionStatusStep(input))
})

export const setAnswerStatusWorkflowId = "set-answer-status"

/** An operator (any answer) or a leader (their own) shows or hides an answer. */
export const setAnswerStatusWorkflow = createWorkflow(setAnswerStatusWorkflowId, (input: SetAnswerStatusInput) => {
  return new WorkflowResponse(setAnswerStatusStep(input))
})
