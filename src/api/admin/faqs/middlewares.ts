import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateFaq, AdminListFaqs, AdminUpdateFaq } from "./validators"

const can = (operation: "read" | "create" | "update" | "delete") => [{ resource: "review", operation }]

export const adminFaqMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/faqs", middlewares: [validateAndTransformQuery(AdminListFaqs, {})], policies: can("read") },
  { methods: ["POST"], matcher: "/admin/faqs", middlewares: [validateAndTransformBody(AdminCreateFaq)], policies: can("create") },
  { methods: ["POST"], matcher: "/admin/faqs/:id", middlewares: [validateAndTransformBody(AdminUpdateFaq)], policies: can("update") },
  { methods: ["DELETE"], matcher: "/admin/faqs/:id", policies: can("delete") },
]
