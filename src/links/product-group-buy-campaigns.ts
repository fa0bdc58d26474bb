import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GroupBuyModule from "../modules/group-buy"

/**
 * A product's group-buy campaigns (read-only, by the campaign's `product_id`), so Query returns products
 * with their campaigns: `query.graph({ entity: "product", fields: ["group_buy_campaigns.*"] })`.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...GroupBuyModule.linkable.groupBuyCampaign.id, primaryKey: "product_id", isList: true, alias: "group_buy_campaigns" },
  { readOnly: true }
)
