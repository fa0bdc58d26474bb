import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productSharePayload } from "../../../../../workflows/share/payloads"
import { requestShopper } from "../../../catalog/helpers"
import type { StoreShareParamsType } from "../../validators"

/** GET /store/share/products/:id: a product share card (title, image, price, rating, text, deep link with my referral code). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreShareParamsType>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreShareParamsType
  const ctx = await requestShopper(req, region_id)
  res.json({ share: await productSharePayload(req.scope, ctx, req.params.id, req.auth_context?.actor_id || undefined) })
}
