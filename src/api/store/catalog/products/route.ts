import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { browseCatalog } from "../../../../workflows/catalog/browse"
import { requestShopper } from "../helpers"
import type { StoreBrowseCatalogType } from "../validators"

/** GET /store/catalog/products: browse, filter, sort and search the catalog. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreBrowseCatalogType>, res: MedusaResponse) => {
  const q = req.validatedQuery as StoreBrowseCatalogType
  const ctx = await requestShopper(req, q.region_id)
  const result = await browseCatalog(req.scope, ctx, {
    q: q.q,
    category_ids: q.category_id,
    brands: q.brand,
    price_min: q.price_min,
    price_max: q.price_max,
    in_stock: q.in_stock,
    sort: q.sort,
    offset: q.offset,
    limit: q.limit,
  })
  res.json(result)
}
