import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveFaqWorkflow } from "../../../workflows/review"
import { reviewService } from "../../../workflows/review/utils/review-service"
import { presentAdminFaq } from "./helpers"
import type { AdminCreateFaqType, AdminListFaqsType } from "./validators"

/** GET /admin/faqs: every FAQ entry by rank. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListFaqsType>, res: MedusaResponse) => {
  const filters = req.validatedQuery as AdminListFaqsType
  const faqs = await reviewService(req.scope).listFaqEntries(filters, { order: { rank: "ASC", created_at: "ASC" }, take: null })
  res.json({ faqs: faqs.map(presentAdminFaq), count: faqs.length })
}

/** POST /admin/faqs: add an entry. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateFaqType>, res: MedusaResponse) => {
  const { result } = await saveFaqWorkflow(req.scope).run({ input: { fields: req.validatedBody } })
  res.status(201).json({ faq: presentAdminFaq(result) })
}
