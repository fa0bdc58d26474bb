import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { shopperContext } from "../../../workflows/catalog/utils/pricing"

/** The shopper's pricing region, customer groups, the key's sales channels and the request's locale. */
export function requestShopper(req: AuthenticatedMedusaRequest, regionId?: string) {
  return shopperContext(req.scope, {
    region_id: regionId,
    customer_id: req.auth_context?.actor_id || undefined,
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids,
    locale: req.locale,
  })
}
