import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { presentQuestion } from "../../../modules/review/utils/present"
import type { QaStatus } from "../../../modules/review/types"
import { listQuestionsWithAnswers } from "../../../workflows/review/utils/questions"

/** Questions with all their answers (admin view) and their product's title. */
export async function listAdminQuestions(
  container: MedusaContainer,
  input: { status?: QaStatus; product_id?: string; unanswered?: boolean; offset: number; limit: number; answerStatus?: QaStatus }
) {
  const { questions, count } = await listQuestionsWithAnswers(container, {
    filters: {
      ...(input.status ? { status: input.status } : {}),
      ...(input.product_id ? { product_id: input.product_id } : {}),
      ...(input.unanswered ? { answer_count: 0 } : {}),
    },
    answerStatus: input.answerStatus,
    offset: input.offset,
    limit: input.limit,
  })
  const ids = [...new Set(questions.map((q) => q.question.product_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const products = ids.length ? (await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } })).data : []
  const titles = new Map<string, { id: string; title: string }>(products.map((p): [string, { id: string; title: string }] => [p.id, { id: p.id, title: p.title }]))
  return {
    questions: questions.map(({ question, answers }) => ({
      ...presentQuestion(question, answers, { admin: true }),
      product: titles.get(question.product_id) ?? null,
    })),
    count,
  }
}
