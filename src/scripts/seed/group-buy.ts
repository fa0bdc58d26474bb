import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import groupBuyData from "../../../data/group-buy.json"
import { createGroupBuyCampaignWorkflow } from "../../workflows/group-buy"
import { groupBuyService } from "../../workflows/group-buy/utils/service"
import type { SeedContext } from "./types"

const DAY = 24 * 3600 * 1000

/**
 * Demo group-buy campaigns (data/group-buy.json), active from yesterday for 30 days, on the seeded products:
 * team deals (拼团, one with auto-fill) and community deals (社区团购, daily cutoff). Found by title before being
 * created, so running the seed again changes nothing. Returns campaign ids by title.
 */
export async function seedGroupBuyCampaigns({ container, log }: SeedContext): Promise<Record<string, string>> {
  const service = groupBuyService(container)
  const titles = groupBuyData.campaigns.map((c) => c.title)
  const existing = await service.listGroupBuyCampaigns({ title: titles }, { select: ["id", "title"] })
  const ids: Record<string, string> = Object.fromEntries(existing.map((c) => [c.title, c.id]))
  const missing = groupBuyData.campaigns.filter((c) => !ids[c.title])
  if (!missing.length) {
    return ids
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: missing.map((c) => c.product) },
  })
  const now = Date.now()
  for (const c of missing) {
    const product = products.find((p) => p.handle === c.product)
    if (!product) {
      log(`group-buy: skipped "${c.title}" (no product ${c.product})`)
      continue
    }
    const variantIds = c.variants
      .map((sku) => (product.variants ?? []).find((v) => v?.sku === sku)?.id)
      .filter((id): id is string => !!id)
    const { product: _handle, variants: _skus, ...fields } = c
    const { result } = await createGroupBuyCampaignWorkflow(container).run({
      input: {
        campaign: {
          ...fields,
          kind: c.kind as "team" | "community",
          product_id: product.id,
          variant_ids: variantIds,
          starts_at: new Date(now + groupBuyData.window_days.starts * DAY),
          ends_at: new Date(now + groupBuyData.window_days.ends * DAY),
          status: "active",
        },
      },
    })
    ids[c.title] = result.id
    log(`created group-buy campaign ${c.title}`)
  }
  return ids
}
