import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListReviews, AdminModerateReview } from "./validators"

const can = (operation: "read" | "update") => [{ resource: "review", operation }]

export const adminReviewMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/reviews", middlewares: [validateAndTransformQuery(AdminListReviews, {})], policies: can("read") },
  { methods: ["POST"], matcher: "/admin/reviews/:id", middlewares: [validateAndTransformBody(AdminModerateReview)], policies: can("update") },
]
