import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { forbidden } from "../../../lib/errors"
import type { AnswerAuthor } from "../../../modules/review/types"
import { customerReceivedProduct } from "../utils/received"
import { reviewService } from "../utils/review-service"

export const answerQuestionStepId = "answer-question"

export type AnswerQuestionInput = {
  question_id: string
  text: string
  author_type: AnswerAuthor
  /** Admin user id, leader id or customer id. */
  author_id: string
  author_name: string | null
}

/**
 * Adds an answer to a visible question (404 `question_not_found`). A customer may answer only about a
 * product they received (403 `not_a_buyer`). Undone by removing the answer.
 */
export const answerQuestionStep = createStep(
  answerQuestionStepId,
  async (input: AnswerQuestionInput, { container }) => {
    const service = reviewService(container)
    if (input.author_type === "buyer") {
      const question = await service.requireVisibleQuestion(input.question_id)
      if (!(await customerReceivedProduct(container, input.author_id, question.product_id))) {
        throw forbidden("not_a_buyer", `Only customers who received product ${question.product_id} answer its questions`)
      }
    }
    const result = await service.answerQuestion(input)
    return new StepResponse(result, result.answer.id)
  },
  async (answerId, { container }) => {
    if (!answerId) return
    await reviewService(container).removeAnswer(answerId)
  }
)
