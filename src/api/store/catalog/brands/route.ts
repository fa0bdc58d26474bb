import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid } from "../../../../lib/errors"
import { listBrands } from "../../../../workflows/catalog/utils/candidates"

/** GET /store/catalog/brands: the brands on sale in this storefront's sales channels, for the brand filter. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!channels.length) {
    throw invalid("no_sales_channel", "The publishable key has no sales channel")
  }
  const brands = await listBrands(req.scope, channels)
  res.json({ brands, count: brands.length })
}
