import type { MedusaContainer } from "@medusajs/framework/types"
import type { QaStatus } from "../../../modules/review/types"
import { reviewService } from "./review-service"

type QuestionFilters = { product_id?: string; status?: QaStatus; customer_id?: string; answer_count?: number }

/**
 * Questions (newest first) with their answers (oldest first), two queries.
 * `answerStatus` limits answers to visible ones for shoppers; operators see all.
 */
export async function listQuestionsWithAnswers(
  container: MedusaContainer,
  { filters, answerStatus, offset, limit }: { filters: QuestionFilters; answerStatus?: QaStatus; offset: number; limit: number }
) {
  const service = reviewService(container)
  const [questions, count] = await service.listAndCountProductQuestions(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  const answers = questions.length
    ? await service.listProductAnswers(
        { question_id: questions.map((q) => q.id), ...(answerStatus ? { status: answerStatus } : {}) },
        { order: { created_at: "ASC" }, take: null }
      )
    : []
  return {
    questions: questions.map((q) => ({ question: q, answers: answers.filter((a) => a.question_id === q.id) })),
    count,
  }
}
