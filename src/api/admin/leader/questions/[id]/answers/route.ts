import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAnswer } from "../../../../../../modules/review/utils/present"
import { answerQuestionWorkflow } from "../../../../../../workflows/review"
import { getRequestLeader } from "../../../context"
import type { LeaderAnswerQuestionType } from "../../validators"

/** POST /admin/leader/questions/:id/answers { text }: the logged-in leader answers, under their name. */
export const POST = async (req: AuthenticatedMedusaRequest<LeaderAnswerQuestionType>, res: MedusaResponse) => {
  const leader = getRequestLeader(req)
  const { result } = await answerQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, text: req.validatedBody.text, author_type: "leader", author_id: leader.id, author_name: leader.name },
  })
  res.status(201).json({ answer: presentAnswer(result) })
}
