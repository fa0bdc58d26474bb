import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../../lib/errors"
import type { AnswerAuthor, QaStatus } from "../../../modules/review/types"
import { reviewService } from "../utils/review-service"

export const setQuestionStatusStepId = "set-question-status"

/** Shows or hides a question (404 `question_not_found`); undone by restoring its status. */
export const setQuestionStatusStep = createStep(
  setQuestionStatusStepId,
  async (input: { id: string; status: QaStatus }, { container }) => {
    const service = reviewService(container)
    const [before] = await service.listProductQuestions({ id: input.id }, { take: 1 })
    if (!before) {
      throw notFound("question_not_found", `Question ${input.id} not found`)
    }
    const question = await service.updateProductQuestions({ id: input.id, status: input.status })
    return new StepResponse(question, { id: input.id, status: before.status as QaStatus })
  },
  async (undo, { container }) => {
    if (!undo) return
    await reviewService(container).updateProductQuestions({ id: undo.id, status: undo.status })
  }
)

export const setAnswerStatusStepId = "set-answer-status"

export type SetAnswerStatusInput = {
  id: string
  status: QaStatus
  /** Scope: the answer must belong to this question, and (for leaders) to this author. */
  question_id?: string
  author_type?: AnswerAuthor
  author_id?: string
}

/** Shows or hides an answer (the question's count follows); undone by restoring its status. */
export const setAnswerStatusStep = createStep(
  setAnswerStatusStepId,
  async (input: SetAnswerStatusInput, { container }) => {
    const service = reviewService(container)
    const [before] = await service.listProductAnswers({ id: input.id }, { take: 1 })
    const answer = await service.setAnswerStatus(input.id, input.status, {
      question_id: input.question_id,
      author_type: input.author_type,
      author_id: input.author_id,
    })
    return new StepResponse(answer, before ? { id: input.id, status: before.status as QaStatus } : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    await reviewService(container).setAnswerStatus(undo.id, undo.status)
  }
)
