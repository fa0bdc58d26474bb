import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAnswer } from "../../../../../modules/review/utils/present"
import { answerQuestionWorkflow } from "../../../../../workflows/review"
import type { AdminAnswerQuestionType } from "../../validators"

/** POST /admin/questions/:id/answers { text }: the store answers (shown as the official answer). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAnswerQuestionType>, res: MedusaResponse) => {
  const { result } = await answerQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, text: req.validatedBody.text, author_type: "operator", author_id: req.auth_context.actor_id, author_name: null },
  })
  res.status(201).json({ answer: presentAnswer(result, { admin: true }) })
}
