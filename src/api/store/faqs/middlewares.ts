import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListFaqs } from "./validators"

export const storeFaqMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/faqs", middlewares: [validateAndTransformQuery(StoreListFaqs, {})] },
]
