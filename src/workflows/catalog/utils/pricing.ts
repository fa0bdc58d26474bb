import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, QueryContext } from "@medusajs/framework/utils"
import { invalid } from "../../../lib/errors"

/** Who is shopping where: what Medusa's pricing needs (region, currency, customer groups) plus channels and locale. */
export type ShopperContext = {
  region_id: string
  currency_code: string
  customer_group_ids: string[]
  sales_channel_ids: string[]
  locale?: string
}

/** Medusa's pricing context, as Medusa's own /store/products builds it. */
export function pricingContext(ctx: ShopperContext) {
  return {
    region_id: ctx.region_id,
    currency_code: ctx.currency_code,
    ...(ctx.customer_group_ids.length ? { customer: { groups: ctx.customer_group_ids.map((id) => ({ id })) } } : {}),
  }
}

/**
 * The region (given, else the store's default, else the only one), its currency and the logged-in customer's groups.
 * An unknown region answers 400 `region_not_found`; a key without sales channel 400 `no_sales_channel`.
 */
export async function shopperContext(
  container: MedusaContainer,
  input: { region_id?: string; customer_id?: string; sales_channel_ids?: string[]; locale?: string }
): Promise<ShopperContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let regionId = input.region_id
  if (!regionId) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_region_id"] })
    regionId = stores[0]?.default_region_id ?? undefined
  }
  if (!regionId) {
    // No default region: a store with a single region (the demo) prices there; otherwise the caller must say.
    const { data: all } = await query.graph({ entity: "region", fields: ["id"], pagination: { take: 2 } })
    if (all.length !== 1) {
      throw invalid("region_required", "This store has several regions and no default one: pass region_id")
    }
    regionId = all[0].id
  }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  if (!regions[0]) {
    throw invalid("region_not_found", `Region ${regionId} not found`)
  }
  let groups: string[] = []
  if (input.customer_id) {
    const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: input.customer_id } })
    groups = (customers[0]?.groups ?? []).map((g) => g?.id).filter((id): id is string => !!id)
  }
  if (!input.sales_channel_ids?.length) {
    throw invalid("no_sales_channel", "The publishable key has no sales channel")
  }
  return {
    region_id: regions[0].id,
    currency_code: regions[0].currency_code,
    customer_group_ids: groups,
    sales_channel_ids: input.sales_channel_ids,
    locale: input.locale,
  }
}

/**
 * Calculated prices of variants in the shopper's context (price lists, customer groups, region and
 * currency, as Medusa's pricing module decides them), read through Query exactly as Medusa's Store API
 * reads them, kept exact (from the raw amounts). Variants without a price there are absent.
 */
export async function calculatedPrices(container: MedusaContainer, variantIds: string[], ctx: ShopperContext) {
  const prices = new Map<string, BigNumber>()
  if (!variantIds.length) {
    return prices
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "calculated_price.calculated_amount", "calculated_price.raw_calculated_amount", "calculated_price.currency_code"],
    filters: { id: variantIds },
    context: { calculated_price: QueryContext(pricingContext(ctx)) },
  })
  for (const v of data) {
    // calculated_price is computed by Query from the context; the generated types do not know the field.
    const c = readCalculatedPrice(Reflect.get(v, "calculated_price"))
    if (c && c.currency_code === ctx.currency_code) {
      prices.set(v.id, c.amount)
    }
  }
  return prices
}

type CalculatedPriceShape = {
  calculated_amount?: number | null
  raw_calculated_amount?: { value: string; precision?: number } | null
  currency_code?: string | null
}

/** The exact amount and currency of a variant's calculated_price (null when it has none). */
export function readCalculatedPrice(value: unknown): { amount: BigNumber; currency_code: string } | null {
  if (!value || typeof value !== "object") return null
  const c: CalculatedPriceShape = value
  const raw = c.raw_calculated_amount ?? c.calculated_amount
  if (raw === null || raw === undefined || !c.currency_code) return null
  return { amount: new BigNumber(MathBN.convert(raw)), currency_code: c.currency_code }
}
