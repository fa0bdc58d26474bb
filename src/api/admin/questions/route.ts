import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminQuestions } from "./helpers"
import type { AdminListQuestionsType } from "./validators"

/** GET /admin/questions?status&product_id&unanswered: questions with every answer (also hidden ones). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListQuestionsType>, res: MedusaResponse) => {
  const input = req.validatedQuery as AdminListQuestionsType
  const { questions, count } = await listAdminQuestions(req.scope, input)
  res.json({ questions, count, offset: input.offset, limit: input.limit })
}
