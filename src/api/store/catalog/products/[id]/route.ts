import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { catalogProductDetail } from "../../../../../workflows/catalog/detail"
import { requestShopper } from "../../helpers"
import type { StoreCatalogProductParamsType } from "../../validators"

/** GET /store/catalog/products/:id: the product with its rating, latest reviews, related and bought-together products. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreCatalogProductParamsType>, res: MedusaResponse) => {
  const { region_id } = req.validatedQuery as StoreCatalogProductParamsType
  const ctx = await requestShopper(req, region_id)
  res.json(await catalogProductDetail(req.scope, ctx, req.params.id))
}
