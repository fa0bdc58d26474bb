import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getRequestLeader } from "../context"
import { listAdminQuestions } from "../../questions/helpers"
import type { LeaderListQuestionsType } from "./validators"

/** GET /admin/leader/questions?unanswered: neighbours' visible questions a leader can answer (visible answers only). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LeaderListQuestionsType>, res: MedusaResponse) => {
  getRequestLeader(req)
  const input = req.validatedQuery as LeaderListQuestionsType
  const { questions, count } = await listAdminQuestions(req.scope, { ...input, status: "visible", answerStatus: "visible" })
  // Leaders see what shoppers see: no customer ids, no hidden answers.
  res.json({
    questions: questions.map(({ customer_id: _c, status: _s, ...q }) => ({
      ...q,
      answers: q.answers.map(({ author_id: _a, status: _st, ...a }) => a),
    })),
    count,
    offset: input.offset,
    limit: input.limit,
  })
}
