import { z } from "@medusajs/framework/zod"
import { CATALOG_SORTS } from "../../../modules/catalog/utils/selection"

/** One value or repeated (?brand=a&brand=b), always an array after validation. */
const oneOrMany = z
  .union([z.string().trim().min(1).max(200), z.array(z.string().trim().min(1).max(200)).max(50)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
const flag = z.enum(["true", "false"]).transform((v) => v === "true")
const amount = z.coerce.number().min(0).max(1e9)

export const StoreBrowseCatalog = z
  .object({
    q: z.string().trim().min(1).max(100).optional().describe("Keyword: matches zh-CN and translated titles, descriptions, handle and brand"),
    category_id: oneOrMany.optional().describe("Category ids; products of their sub-categories are included"),
    brand: oneOrMany.optional().describe("Brand names (see GET /store/catalog/brands)"),
    price_min: amount.optional().describe("Lowest calculated price, inclusive, in the region's currency (major units)"),
    price_max: amount.optional().describe("Highest calculated price, inclusive"),
    in_stock: flag.optional().describe("true: only products with a variant that can be bought now"),
    sort: z.enum([...CATALOG_SORTS]).optional().describe("Default: relevance with a keyword, else newest"),
    region_id: z.string().optional().describe("Pricing region; default: the store's default region"),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })
export type StoreBrowseCatalogType = z.infer<typeof StoreBrowseCatalog>

export const StoreCatalogProductParams = z
  .object({ region_id: z.string().optional().describe("Pricing region; default: the store's default region") })
  .strict()
export type StoreCatalogProductParamsType = z.infer<typeof StoreCatalogProductParams>

const price = z.object({ calculated_amount: z.number(), original_amount: z.number().nullable(), currency_code: z.string() })

export const StoreCatalogProductSchema = z.object({
  id: z.string(),
  title: z.string().describe("In the request's locale (?locale=en-US or x-medusa-locale), else zh-CN"),
  subtitle: z.string().nullable(),
  handle: z.string(),
  thumbnail: z.string().nullable(),
  created_at: z.date(),
  brand: z.string().nullable(),
  categories: z.array(z.object({ id: z.string(), name: z.string(), handle: z.string() })),
  variants: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullable(),
      sku: z.string().nullable(),
      in_stock: z.boolean().nullable(),
      calculated_price: price.nullable().describe("Medusa's calculated price in the region, for the customer's groups"),
    })
  ),
  price: z.object({ min: z.number(), currency_code: z.string() }).nullable().describe("Lowest variant price"),
  in_stock: z.boolean().nullable(),
  units_sold: z.number(),
  rating: z.object({ average: z.number().nullable(), count: z.number() }),
})

export const StoreCatalogListSchema = z.object({
  products: z.array(StoreCatalogProductSchema),
  count: z.number(),
  offset: z.number(),
  limit: z.number(),
  sort: z.enum([...CATALOG_SORTS]),
})

export const StoreRatingSummarySchema = z.object({
  product_id: z.string(),
  count: z.number().describe("Approved reviews"),
  average: z.number().nullable().describe("Mean rating to one decimal; null without reviews"),
  stars: z.object({ "1": z.number(), "2": z.number(), "3": z.number(), "4": z.number(), "5": z.number() }),
})

export const StorePublicReviewSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  variant_id: z.string().nullable(),
  rating: z.number().int().min(1).max(5),
  text: z.string().nullable().describe("HTML-encoded"),
  images: z.array(z.string()),
  author_name: z.string().nullable().describe("Masked, HTML-encoded; null when anonymous"),
  reply: z.string().nullable().describe("The store's reply, HTML-encoded"),
  replied_at: z.date().nullable(),
  created_at: z.date(),
})

export const StoreCatalogProductDetailSchema = z.object({
  product: StoreCatalogProductSchema,
  rating: StoreRatingSummarySchema,
  recent_reviews: z.array(StorePublicReviewSchema),
  related: z.array(StoreCatalogProductSchema).describe("Same categories, best-selling first"),
  bought_together: z.array(StoreCatalogProductSchema).describe("Most often in the same orders"),
})

export const StoreBrandListSchema = z.object({
  brands: z.array(z.object({ brand: z.string(), product_count: z.number() })),
  count: z.number(),
})
