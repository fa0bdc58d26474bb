import { model } from "@medusajs/framework/utils"
import { GroupBuyCampaign } from "./campaign"

/**
 * One price tier of a campaign in one currency: from `threshold` members (team) or units (community) on,
 * a unit costs `price` (major units). Within a currency, higher thresholds have lower prices.
 */
export const GroupBuyTier = model
  .define("GroupBuyTier", {
    id: model.id({ prefix: "gbtier" }).primaryKey(),
    campaign: model.belongsTo(() => GroupBuyCampaign, { mappedBy: "tiers" }),
    currency_code: model.text(),
    threshold: model.number(),
    price: model.bigNumber(),
  })
  .indexes([{ on: ["campaign_id", "currency_code", "threshold"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    { name: "group_buy_tier_threshold_check", expression: (c) => `${c.threshold} >= 1` },
    { name: "group_buy_tier_price_check", expression: (c) => `${c.price} > 0` },
  ])
