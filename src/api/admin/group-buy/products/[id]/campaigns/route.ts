import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../../../../lib/errors"
import { presentCampaigns } from "../../../helpers"

/** GET /admin/group-buy/products/:id/campaigns: the product's campaigns (product page widget), via the product link. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "group_buy_campaigns.*"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw notFound("product_not_found", `Product ${req.params.id} was not found`)
  }
  const raw = data[0].group_buy_campaigns
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((c): c is NonNullable<typeof c> => !!c && !c.deleted_at)
  const campaigns = await presentCampaigns(req.scope, list.sort((a, b) => (a.created_at < b.created_at ? 1 : -1)))
  res.json({ campaigns, count: campaigns.length, offset: 0, limit: campaigns.length })
}
