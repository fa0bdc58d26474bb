import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import catalog from "../../../data/products.json"
import type { SeedContext } from "./types"

type Localized = { "zh-CN": string; "en-US": string }

/** The original text of every catalog entity is zh-CN; en-US goes through Medusa's Translation module. */
const BASE_LOCALE = "zh-CN"
const TRANSLATED_LOCALE = "en-US"

export const brandTag = (brand: string) => `brand:${brand}`

/** Categories, brand tags, products with variants, prices and stock, and their English translations. */
export async function seedCatalog(
  { container, log }: SeedContext,
  ctx: { salesChannelId: string; stockLocationId: string; shippingProfileId: string }
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Categories
  const categoryIds: Record<string, string> = {}
  const existingCategories = await productModule.listProductCategories({
    handle: catalog.categories.map((c) => c.handle),
  })
  existingCategories.forEach((c) => (categoryIds[c.handle] = c.id))
  const missingCategories = catalog.categories.filter((c) => !categoryIds[c.handle])
  if (missingCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c) => ({
          name: c.name[BASE_LOCALE],
          handle: c.handle,
          is_active: true,
          is_internal: false,
          metadata: { name_en: c.name[TRANSLATED_LOCALE] },
        })),
      },
    })
    result.forEach((c) => (categoryIds[c.handle] = c.id))
    log(`created ${result.length} categories`)
  }

  // Brand tags
  const brands = [...new Set(catalog.categories.flatMap((c) => c.products.map((p) => brandTag(p.brand))))]
  const existingTags = await productModule.listProductTags({ value: brands })
  const tagIds: Record<string, string> = Object.fromEntries(existingTags.map((t) => [t.value, t.id]))
  const missingTags = brands.filter((b) => !tagIds[b])
  if (missingTags.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missingTags.map((value) => ({ value })) },
    })
    result.forEach((t) => (tagIds[t.value] = t.id))
  }

  // Products
  const all = catalog.categories.flatMap((c) => c.products.map((p) => ({ ...p, category: c.handle })))
  const productIds: Record<string, string> = {}
  const existingProducts = await productModule.listProducts({ handle: all.map((p) => p.handle) }, { select: ["id", "handle"] })
  existingProducts.forEach((p) => (productIds[p.handle] = p.id))
  const missingProducts = all.filter((p) => !productIds[p.handle])
  if (missingProducts.length) {
    const optionTitle = catalog.option_title[BASE_LOCALE]
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title[BASE_LOCALE],
          handle: p.handle,
          description: p.description[BASE_LOCALE],
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryIds[p.category]],
          tag_ids: [tagIds[brandTag(p.brand)]],
          shipping_profile_id: ctx.shippingProfileId,
          sales_channels: [{ id: ctx.salesChannelId }],
          metadata: { brand: p.brand },
          options: [{ title: optionTitle, values: p.variants.map((v) => v.value) }],
          variants: p.variants.map((v) => ({
            title: v.value,
            sku: v.sku,
            manage_inventory: true,
            options: { [optionTitle]: v.value },
            prices: [{ currency_code: "cny", amount: v.price }],
          })),
        })),
      },
    })
    result.forEach((p) => (productIds[p.handle] = p.id))
    log(`created ${result.length} products`)

    // Stock at the warehouse for the new variants.
    const skus = missingProducts.flatMap((p) => p.variants)
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku"],
      filters: { sku: skus.map((v) => v.sku) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: items.map((item) => ({
          inventory_item_id: item.id,
          location_id: ctx.stockLocationId,
          stocked_quantity: skus.find((v) => v.sku === item.sku)!.stock,
        })),
      },
    })
  }

  await seedTranslations({ container, log }, { categoryIds, productIds, all })

  return { categoryIds, productIds }
}

async function seedTranslations(
  { container, log }: SeedContext,
  {
    categoryIds,
    productIds,
    all,
  }: {
    categoryIds: Record<string, string>
    productIds: Record<string, string>
    all: { handle: string; title: Localized; description: Localized }[]
  }
) {
  const translationModule = container.resolve(Modules.TRANSLATION)
  const productModule = container.resolve(Modules.PRODUCT)
  const products = await productModule.listProducts(
    { id: Object.values(productIds) },
    { select: ["id"], relations: ["options"] }
  )
  const options = [...new Map(products.flatMap((p) => p.options ?? []).map((o) => [o.id, o])).values()]
  const wanted = [
    ...catalog.categories.map((c) => ({
      reference: "product_category",
      reference_id: categoryIds[c.handle],
      translations: { name: c.name[TRANSLATED_LOCALE] },
    })),
    ...all.map((p) => ({
      reference: "product",
      reference_id: productIds[p.handle],
      translations: { title: p.title[TRANSLATED_LOCALE], description: p.description[TRANSLATED_LOCALE] },
    })),
    ...options.map((o) => ({
      reference: "product_option",
      reference_id: o.id,
      translations: { title: catalog.option_title[TRANSLATED_LOCALE] },
    })),
  ]
  const existing = await translationModule.listTranslations(
    { reference_id: wanted.map((w) => w.reference_id), locale_code: TRANSLATED_LOCALE },
    { select: ["reference_id"], take: null }
  )
  const have = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((w) => !have.has(w.reference_id))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({
      input: { translations: missing.map((m) => ({ ...m, locale_code: TRANSLATED_LOCALE })) },
    })
    log(`created ${missing.length} ${TRANSLATED_LOCALE} translations`)
  }
}
