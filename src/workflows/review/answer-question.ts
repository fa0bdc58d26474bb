import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { answerQuestionStep, type AnswerQuestionInput } from "./steps/answer-question"

export const answerQuestionWorkflowId = "answer-question"

/**
 * An operator, a leader or a buyer answers: the answer (visible, counted) → `question.answered`
 * { id: answer id, question_id, product_id, asker_id, author_type, author_id } (the asker is notified).
 */
export const answerQuestionWorkflow = createWorkflow(answerQuestionWorkflowId, (input: AnswerQuestionInput) => {
  const result = answerQuestionStep(input)
  emitEventStep({
    eventName: "question.answered",
    data: transform({ result }, ({ result }) => ({
      id: result.answer.id,
      question_id: result.question.id,
      product_id: result.question.product_id,
      asker_id: result.question.customer_id,
      author_type: result.answer.author_type,
      author_id: result.answer.author_id,
    })),
  })
  return new WorkflowResponse(transform({ result }, ({ result }) => result.answer))
})
