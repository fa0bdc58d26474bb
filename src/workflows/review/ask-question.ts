import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createQuestionStep, type CreateQuestionInput } from "./steps/create-question"

export const askQuestionWorkflowId = "ask-question"

/** A customer asks about a product: the question (visible at once) → `question.created` { id, product_id, customer_id }. */
export const askQuestionWorkflow = createWorkflow(askQuestionWorkflowId, (input: CreateQuestionInput) => {
  const question = createQuestionStep(input)
  emitEventStep({
    eventName: "question.created",
    data: transform({ question }, ({ question }) => ({ id: question.id, product_id: question.product_id, customer_id: question.customer_id })),
  })
  return new WorkflowResponse(question)
})
