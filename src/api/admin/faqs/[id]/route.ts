import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFaqWorkflow, saveFaqWorkflow } from "../../../../workflows/review"
import { presentAdminFaq } from "../helpers"
import type { AdminUpdateFaqType } from "../validators"

/** POST /admin/faqs/:id: edit an entry (only the fields given). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateFaqType>, res: MedusaResponse) => {
  const { result } = await saveFaqWorkflow(req.scope).run({ input: { id: req.params.id, fields: req.validatedBody } })
  res.json({ faq: presentAdminFaq(result) })
}

/** DELETE /admin/faqs/:id */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteFaqWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "faq", deleted: true })
}
