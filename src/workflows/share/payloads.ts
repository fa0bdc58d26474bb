import type { MedusaContainer } from "@medusajs/framework/types"
import { notFound } from "../../lib/errors"
import { GROUP_BUY_MODULE } from "../../modules/group-buy"
import type { CurrencyTier } from "../../modules/group-buy/utils/present"
import { presentGroupSummary, sharePath } from "../../modules/group-buy/utils/present"
import { formatMoney, templateLanguage } from "../../modules/messaging/utils/render"
import { catalogProducts } from "../catalog/products"
import { productStats } from "../catalog/stats"
import { listCandidates, variantInStock } from "../catalog/utils/candidates"
import type { ShopperContext } from "../catalog/utils/pricing"
import { shareLinkFor, storefrontUrl } from "../coupon/utils/referral"
import { groupBuyService } from "../group-buy/utils/service"

/** The link a share carries: with the sharer's referral code (?ref=) when a customer shares, else plain. */
async function link(container: MedusaContainer, customerId: string | undefined, path: string) {
  if (customerId) {
    const { code, url } = await shareLinkFor(container, customerId, path)
    return { url, referral_code: code }
  }
  return { url: `${storefrontUrl().replace(/\/+$/, "")}${path}`, referral_code: null }
}

/**
 * What a storefront needs to draw a product poster or QR code: title (request locale), image, lowest price
 * in the shopper's context, rating, a ready line of text, and the deep link with the sharer's referral code.
 */
export async function productSharePayload(container: MedusaContainer, ctx: ShopperContext, productId: string, customerId?: string) {
  const rows = await listCandidates(container, { salesChannelIds: ctx.sales_channel_ids, productIds: [productId] })
  if (!rows.length) {
    throw notFound("product_not_found", `Product ${productId} not found in this storefront`)
  }
  const facts = new Map(rows.map((r) => [r.variant_id, { in_stock: variantInStock(r) }]))
  const [[product], stats] = await Promise.all([catalogProducts(container, [productId], ctx, facts), productStats(container, [productId])])
  const path = `/products/${product.handle}`
  const language = templateLanguage(ctx.locale)
  const price = product.price ? formatMoney(product.price.min, product.price.currency_code, language) : null
  const rating = stats.get(productId)!.rating
  return {
    type: "product" as const,
    product_id: product.id,
    title: product.title,
    image: product.thumbnail,
    price: product.price,
    rating,
    text:
      language === "en"
        ? `${product.title}${price ? ` from ${price}` : ""}${rating.count ? `, rated ${rating.average}/5` : ""}. Have a look!`
        : `${product.title}${price ? ` ${price}起` : ""}${rating.count ? `，好评${rating.average}分` : ""}，快来看看！`,
    path,
    ...(await link(container, customerId, path)),
  }
}

/**
 * A group poster: campaign and product, the price to join now and the tiers, progress (members, how many
 * are still needed, time left) and the deep link to the group's share page with the sharer's referral code.
 * Needs the group-buy module (404 `group_not_found` without it).
 */
export async function groupSharePayload(container: MedusaContainer, ctx: ShopperContext, groupId: string, customerId?: string, now = new Date()) {
  if (!container.hasRegistration(GROUP_BUY_MODULE)) {
    throw notFound("group_not_found", "Group buying is not enabled in this store")
  }
  const service = groupBuyService(container)
  const group = await service.groupRow(groupId)
  if (!group) {
    throw notFound("group_not_found", `Group ${groupId} was not found`)
  }
  const [campaign] = await service.listGroupBuyCampaigns({ id: group.campaign_id }, { select: ["id", "title", "product_id"] })
  const tiers = ((await service.tiersByCampaign([group.campaign_id])).get(group.campaign_id) ?? []) as CurrencyTier[]
  const summary = presentGroupSummary(group, tiers, now)
  const [product] = campaign ? await catalogProducts(container, [campaign.product_id], ctx) : []
  const path = sharePath(group.share_token)
  const language = templateLanguage(ctx.locale)
  const price = summary.join_price ?? summary.current_tier?.price ?? null
  const priceText = price !== null ? formatMoney(price, group.currency_code, language) : null
  const needed = summary.needed_to_succeed
  const open = ["open", "succeeded"].includes(group.status) && summary.time_left_ms > 0
  return {
    type: "group" as const,
    group_id: group.id,
    title: campaign?.title ?? product?.title ?? "",
    product: product ? { id: product.id, title: product.title, thumbnail: product.thumbnail } : null,
    image: product?.thumbnail ?? null,
    price: { join_price: summary.join_price, currency_code: group.currency_code, current_tier: summary.current_tier, next_tier: summary.next_tier },
    progress: {
      status: group.status,
      kind: group.kind,
      members_count: summary.members_count,
      quantity: summary.quantity,
      success_threshold: summary.success_threshold,
      needed_to_succeed: needed,
      capacity: summary.capacity,
      places_taken: summary.places_taken,
      expires_at: summary.expires_at,
      time_left_ms: summary.time_left_ms,
    },
    text:
      language === "en"
        ? `${campaign?.title ?? ""}${priceText ? ` at ${priceText}` : ""}${open && needed > 0 ? `: ${needed} more to go, join me!` : open ? ": join me!" : "."}`
        : `「${campaign?.title ?? ""}」${priceText ? `拼团价${priceText}` : ""}${open && needed > 0 ? `，还差${needed}${group.kind === "team" ? "人" : "件"}成团，快来一起拼！` : open ? "，快来一起拼！" : "。"}`,
    path,
    ...(await link(container, customerId, path)),
  }
}
