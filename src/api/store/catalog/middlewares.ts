import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreBrowseCatalog, StoreCatalogProductParams } from "./validators"

/** Anyone with the publishable key; a logged-in customer's groups change the prices (price lists). */
const shopper = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeCatalogMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/catalog/products", middlewares: [shopper, validateAndTransformQuery(StoreBrowseCatalog, {})] },
  { methods: ["GET"], matcher: "/store/catalog/products/:id", middlewares: [shopper, validateAndTransformQuery(StoreCatalogProductParams, {})] },
  { methods: ["GET"], matcher: "/store/catalog/brands", middlewares: [shopper] },
]
