import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMoneyNumber } from "../../../lib/money"
import type { GroupItemQuote } from "../../../workflows/group-buy/steps/quote-group-item"

/** The answer of open/join: the cart with its totals, and what the group item is. */
export async function joinResult(container: MedusaContainer, cartId: string, quote: GroupItemQuote) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", "item_total", "total", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.is_custom_price", "items.metadata"],
    filters: { id: cartId },
  })
  return {
    cart: data[0],
    group_buy: {
      campaign_id: quote.campaign_id,
      group_id: quote.group_id,
      pickup_point_id: quote.pickup_point_id,
      unit_price: toMoneyNumber(quote.unit_price, quote.currency_code),
      currency_code: quote.currency_code,
      tier_threshold: quote.tier_threshold,
    },
  }
}
