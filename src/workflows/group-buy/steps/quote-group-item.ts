import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, invalid, notFound, refused } from "../../../lib/errors"
import { getStoreSettings } from "../../../lib/store-settings"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { cutoffFor } from "../../../modules/group-buy/utils/cutoff"
import { joinPrice, tierAt } from "../../../modules/group-buy/utils/tiers"
import { loadOwnOpenCart } from "../utils/cart"
import { clock, groupBuyService, type GroupLineMetadata } from "../utils/service"

export const quoteGroupItemStepId = "quote-group-item"

export type QuoteGroupItemInput = {
  cart_id: string
  customer_id: string
  /** open: the campaign; join: null (the group's campaign). */
  campaign_id: string | null
  /** join: the group; open: null. */
  group_id: string | null
  variant_id: string
  quantity: number
  /** community deals: the pickup point (open); a join takes the group's point. */
  pickup_point_id?: string | null
  now?: string
}

export type GroupItemQuote = {
  item: { variant_id: string; quantity: number; unit_price: number; metadata: GroupLineMetadata }
  unit_price: string
  currency_code: string
  campaign_id: string
  group_id: string | null
  pickup_point_id: string | null
  /** The tier this price belongs to (null: below the first threshold, the first tier's price). */
  tier_threshold: number | null
}

/**
 * Checks a join or an open against the cart, the campaign, the customer's limits, the stock and the group,
 * and prices the item on the server: the tier price at the count the group would have with this customer.
 * The same rules are enforced again, under the campaign lock, when the cart completes.
 */
export const quoteGroupItemStep = createStep(quoteGroupItemStepId, async (input: QuoteGroupItemInput, { container }) => {
  const now = clock(input.now)
  const service = groupBuyService(container)
  const cart = await loadOwnOpenCart(container, input.cart_id, input.customer_id)
  if (cart.items.length) {
    throw refused(
      "group_cart_not_empty",
      `Cart ${cart.id} already has items; a group-buy order holds the group item alone: use a new cart`
    )
  }
  const context = await service.joinContext({
    campaign_id: input.campaign_id,
    group_id: input.group_id,
    customer_id: input.customer_id,
    currency_code: cart.currency_code,
  })
  if (!context) {
    throw input.campaign_id
      ? notFound("campaign_not_found", `Group-buy campaign ${input.campaign_id} was not found`)
      : notFound("group_not_found", `Group ${input.group_id} was not found`)
  }
  const { campaign, tiers, usage } = context
  if (campaign.status !== "active") {
    throw refused("campaign_inactive", `Campaign ${campaign.id} is ${campaign.status}, not active`)
  }
  if (now < new Date(campaign.starts_at)) {
    throw refused("campaign_not_started", `Campaign ${campaign.id} starts at ${new Date(campaign.starts_at).toISOString()}`)
  }
  if (now >= new Date(campaign.ends_at)) {
    throw refused("campaign_ended", `Campaign ${campaign.id} ended at ${new Date(campaign.ends_at).toISOString()}`)
  }
  if (!campaign.variant_ids.includes(input.variant_id)) {
    throw invalid("variant_not_in_campaign", `Variant ${input.variant_id} is not sold by campaign ${campaign.id}`)
  }
  if (!tiers.length) {
    throw invalid("currency_not_supported", `Campaign ${campaign.id} has no price in ${cart.currency_code}`)
  }
  if (campaign.max_joins_per_customer != null && usage.joins + 1 > campaign.max_joins_per_customer) {
    throw refused(
      "customer_join_limit",
      `Customer ${input.customer_id} already joined campaign ${campaign.id} ${usage.joins} time(s); the limit is ${campaign.max_joins_per_customer}`
    )
  }
  if (campaign.max_units_per_customer != null && usage.units + input.quantity > campaign.max_units_per_customer) {
    throw refused(
      "customer_unit_limit",
      `Customer ${input.customer_id} may buy ${campaign.max_units_per_customer} unit(s) of campaign ${campaign.id}; ${usage.units} bought, ${input.quantity} more asked`
    )
  }
  if (campaign.stock_cap != null && campaign.sold_quantity + input.quantity > campaign.stock_cap) {
    throw conflict(
      "campaign_sold_out",
      `Campaign ${campaign.id} has ${Math.max(0, campaign.stock_cap - campaign.sold_quantity)} unit(s) left, ${input.quantity} asked`
    )
  }
  const w = campaign.kind === "team" ? 1 : input.quantity
  if (w > campaign.max_per_group) {
    throw refused("group_quantity_too_large", `A group of campaign ${campaign.id} holds at most ${campaign.max_per_group} unit(s)`)
  }

  let groupId: string | null = input.group_id
  let pickupPointId: string | null = null
  let slotsUsed = 0
  if (input.group_id) {
    const group = context.group
    if (!group || group.campaign_id !== campaign.id) {
      throw notFound("group_not_found", `Group ${input.group_id} of campaign ${campaign.id} was not found`)
    }
    if (!["open", "succeeded"].includes(group.status) || new Date(group.expires_at) <= now) {
      throw conflict("group_closed", `Group ${group.id} is ${group.status === "open" ? "expired" : group.status} and takes no members`)
    }
    if (group.currency_code !== cart.currency_code) {
      throw invalid("currency_mismatch", `Group ${group.id} is in ${group.currency_code}, the cart in ${cart.currency_code}`)
    }
    slotsUsed = group.kind === "team" ? group.member_count : group.quantity
    if (slotsUsed + w > group.capacity) {
      throw conflict("group_full", `Group ${group.id} is full (${slotsUsed} of ${group.capacity})`)
    }
    if (group.kind === "team") {
      if (context.in_group) {
        throw refused("already_in_group", `Customer ${input.customer_id} is already a member of group ${group.id}`)
      }
    } else {
      if (input.pickup_point_id && input.pickup_point_id !== group.pickup_point_id) {
        throw refused(
          "pickup_point_mismatch",
          `Group ${group.id} collects at pickup point ${group.pickup_point_id}, not ${input.pickup_point_id}`
        )
      }
      pickupPointId = group.pickup_point_id
    }
  } else if (campaign.kind === "community") {
    if (!input.pickup_point_id) {
      throw invalid("pickup_point_required", `Campaign ${campaign.id} is a community deal: choose a pickup point (pickup_point_id)`)
    }
    const points: PickupModuleService = container.resolve(PICKUP_MODULE)
    const [point] = await points.listPickupPoints({ id: input.pickup_point_id })
    if (!point) {
      throw notFound("pickup_point_not_found", `Pickup point ${input.pickup_point_id} was not found`)
    }
    if (point.status !== "active") {
      throw refused("pickup_point_unavailable", `Pickup point ${point.id} is ${point.status} and takes no orders`)
    }
    pickupPointId = point.id
    // The point's group of this cutoff day, if someone opened it already.
    const { cutoff_day } = cutoffFor(now, campaign.cutoff_time!, getStoreSettings().timeZone)
    const [today] = await service.listGroupBuyGroups(
      { campaign_id: campaign.id, pickup_point_id: point.id, cutoff_day, status: ["open", "succeeded"] },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (today && new Date(today.expires_at) > now && today.quantity + w <= today.capacity) {
      groupId = today.id
      slotsUsed = today.quantity
    }
  }

  const price = MathBN.convert(joinPrice(tiers, slotsUsed, w))
  const metadata: GroupLineMetadata = {
    group_buy_campaign_id: campaign.id,
    group_buy_group_id: groupId,
    group_buy_action: input.group_id ? "join" : "open",
    ...(pickupPointId ? { group_buy_pickup_point_id: pickupPointId } : {}),
  }
  return new StepResponse<GroupItemQuote>({
    item: { variant_id: input.variant_id, quantity: input.quantity, unit_price: price.toNumber(), metadata },
    unit_price: price.toString(),
    currency_code: cart.currency_code,
    campaign_id: campaign.id,
    group_id: groupId,
    pickup_point_id: pickupPointId,
    tier_threshold: tierAt(tiers, slotsUsed + w)?.threshold ?? null,
  })
})
