import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAnswer } from "../../../../../../modules/review/utils/present"
import { setAnswerStatusWorkflow } from "../../../../../../workflows/review"
import type { AdminSetQaStatusType } from "../../../validators"

/** POST /admin/questions/:id/answers/:answer_id { status }: show or hide an answer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetQaStatusType>, res: MedusaResponse) => {
  const { result } = await setAnswerStatusWorkflow(req.scope).run({
    input: { id: req.params.answer_id, status: req.validatedBody.status, question_id: req.params.id },
  })
  res.json({ answer: presentAnswer(result, { admin: true }) })
}
