import { defineOperations } from "../../../lib/openapi"
import {
  StoreBrandListSchema,
  StoreBrowseCatalog,
  StoreCatalogListSchema,
  StoreCatalogProductDetailSchema,
  StoreCatalogProductParams,
} from "./validators"

const tags = ["Catalog"]

export default defineOperations([
  {
    method: "get",
    path: "/store/catalog/products",
    auth: "publishable",
    summary: "Browse, filter, sort and search products",
    description:
      "Published products of the publishable key's sales channels. Filters: category (with sub-categories), brand, price range " +
      "on Medusa's calculated price in the region's currency for the logged-in customer's groups (bounds included), in stock " +
      "(in the channels' stock locations). Sorts: relevance (with q), newest, price_asc / price_desc (lowest matching " +
      "variant price), best_selling (units of placed, not canceled orders). The keyword matches zh-CN titles and every " +
      "translation. Titles come in the request's locale (?locale=en-US or x-medusa-locale). A logged-in customer's token " +
      "is optional (customer-group prices).",
    tags,
    query: StoreBrowseCatalog,
    response: StoreCatalogListSchema,
    errors: [
      { status: 400, code: "region_not_found", description: "Unknown region_id" },
      { status: 400, code: "no_sales_channel", description: "The publishable key has no sales channel" },
    ],
  },
  {
    method: "get",
    path: "/store/catalog/products/{id}",
    auth: "publishable",
    summary: "A product with its rating, latest reviews, related and bought-together products",
    tags,
    query: StoreCatalogProductParams,
    response: StoreCatalogProductDetailSchema,
    errors: [
      { status: 404, code: "product_not_found", description: "Not published in this storefront's sales channels" },
      { status: 400, code: "region_not_found", description: "Unknown region_id" },
    ],
  },
  {
    method: "get",
    path: "/store/catalog/brands",
    auth: "publishable",
    summary: "Brands on sale, with product counts (for the brand filter)",
    tags,
    response: StoreBrandListSchema,
    errors: [{ status: 400, code: "no_sales_channel", description: "The publishable key has no sales channel" }],
  },
])
