import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../workflows/review"
import { presentAdminReviews } from "../helpers"
import type { AdminModerateReviewType } from "../validators"

/** POST /admin/reviews/:id { status?: approved | hidden, reply?: text | null }: moderate and/or reply. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminModerateReviewType>, res: MedusaResponse) => {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, status: req.validatedBody.status, reply: req.validatedBody.reply, actor_id: req.auth_context.actor_id },
  })
  const [review] = await presentAdminReviews(req.scope, [result])
  res.json({ review })
}
