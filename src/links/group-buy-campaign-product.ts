import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GroupBuyModule from "../modules/group-buy"

/** A campaign's product (read-only, by `product_id`). Query: `group_buy_campaign.product.*`. */
export default defineLink(
  { linkable: GroupBuyModule.linkable.groupBuyCampaign, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
