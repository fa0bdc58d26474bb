import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAnswer } from "../../../../../modules/review/utils/present"
import { answerQuestionWorkflow } from "../../../../../workflows/review"
import type { StoreAnswerQuestionType } from "../../validators"

/** POST /store/questions/:id/answers: a customer who received the product answers. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAnswerQuestionType>, res: MedusaResponse) => {
  const { result } = await answerQuestionWorkflow(req.scope).run({
    input: {
      question_id: req.params.id,
      text: req.validatedBody.text,
      author_type: "buyer",
      author_id: req.auth_context.actor_id,
      author_name: null,
    },
  })
  res.status(201).json({ answer: presentAnswer(result) })
}
