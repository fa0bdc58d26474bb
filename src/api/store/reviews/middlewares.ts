import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreCreateReview, StoreListMyReviews, StoreListProductReviews } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeReviewMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/reviews", middlewares: [validateAndTransformQuery(StoreListProductReviews, {})] },
  { methods: ["POST"], matcher: "/store/reviews", middlewares: [customer, validateAndTransformBody(StoreCreateReview)] },
  { methods: ["GET"], matcher: "/store/reviews/me", middlewares: [customer, validateAndTransformQuery(StoreListMyReviews, {})] },
  { methods: ["GET"], matcher: "/store/reviews/reviewable", middlewares: [customer] },
]
