import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setQuestionStatusWorkflow } from "../../../../workflows/review"
import type { AdminSetQaStatusType } from "../validators"

/** POST /admin/questions/:id { status }: show or hide a question. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetQaStatusType>, res: MedusaResponse) => {
  const { result } = await setQuestionStatusWorkflow(req.scope).run({ input: { id: req.params.id, status: req.validatedBody.status } })
  res.json({ question: { id: result.id, status: result.status } })
}
