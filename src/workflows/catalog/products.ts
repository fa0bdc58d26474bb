import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN, QueryContext } from "@medusajs/framework/utils"
import { toMoneyNumber } from "../../lib/money"
import { BRAND_TAG_PREFIX } from "./utils/candidates"
import { pricingContext, readCalculatedPrice, type ShopperContext } from "./utils/pricing"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "created_at",
  "tags.value",
  "categories.id",
  "categories.name",
  "categories.handle",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.calculated_price.*",
]

export type VariantFacts = { in_stock: boolean }

export type CatalogProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  created_at: Date
  brand: string | null
  categories: { id: string; name: string; handle: string }[]
  variants: {
    id: string
    title: string | null
    sku: string | null
    in_stock: boolean | null
    calculated_price: { calculated_amount: number; original_amount: number | null; currency_code: string } | null
  }[]
  price: { min: number; currency_code: string } | null
  in_stock: boolean | null
}

/**
 * Products as the catalog lists them, in the given order: titles in the request's locale (Translation
 * module), each variant's calculated price in the shopper's context, brand, categories, the lowest price.
 */
export async function catalogProducts(
  container: MedusaContainer,
  ids: string[],
  ctx: ShopperContext,
  variantFacts: Map<string, VariantFacts> = new Map()
): Promise<CatalogProduct[]> {
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { id: ids },
      context: { variants: { calculated_price: QueryContext(pricingContext(ctx)) } },
    },
    { locale: ctx.locale }
  )
  const byId = new Map(data.map((p) => [p.id, p]))
  return ids.flatMap((id) => {
    const p = byId.get(id)
    if (!p) return []
    const variants = (p.variants ?? []).flatMap((v) => {
      if (!v) return []
      const raw: unknown = Reflect.get(v, "calculated_price")
      const price = readCalculatedPrice(raw)
      const original = raw && typeof raw === "object" ? Reflect.get(raw, "original_amount") : null
      return [
        {
          id: v.id,
          title: v.title ?? null,
          sku: v.sku ?? null,
          in_stock: variantFacts.get(v.id)?.in_stock ?? null,
          calculated_price: price
            ? {
                calculated_amount: toMoneyNumber(price.amount, price.currency_code),
                original_amount: typeof original === "number" ? original : null,
                currency_code: price.currency_code,
                amount: price.amount,
              }
            : null,
        },
      ]
    })
    const priced = variants.map((v) => v.calculated_price).filter((c): c is NonNullable<typeof c> => !!c)
    const min = priced.reduce<{ amount: BigNumber; currency_code: string } | null>(
      (m, c) => (!m || MathBN.lt(c.amount, m.amount) ? c : m),
      null
    )
    const brandTag = (p.tags ?? []).map((t) => t?.value).find((v) => v?.startsWith(BRAND_TAG_PREFIX))
    const facts = variants.map((v) => v.in_stock).filter((s): s is boolean => s !== null)
    return [
      {
        id: p.id,
        title: p.title,
        subtitle: p.subtitle ?? null,
        handle: p.handle,
        thumbnail: p.thumbnail ?? null,
        created_at: new Date(p.created_at),
        brand: brandTag ? brandTag.slice(BRAND_TAG_PREFIX.length) : null,
        categories: (p.categories ?? []).flatMap((c) => (c ? [{ id: c.id, name: c.name, handle: c.handle }] : [])),
        variants: variants.map(({ calculated_price, ...v }) => ({
          ...v,
          calculated_price: calculated_price
            ? {
                calculated_amount: calculated_price.calculated_amount,
                original_amount: calculated_price.original_amount,
                currency_code: calculated_price.currency_code,
              }
            : null,
        })),
        price: min ? { min: toMoneyNumber(min.amount, min.currency_code), currency_code: min.currency_code } : null,
        in_stock: facts.length ? facts.some(Boolean) : null,
      },
    ]
  })
}
