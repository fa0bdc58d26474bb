import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import {
  StoreCreateReview,
  StoreListMyReviews,
  StoreListProductReviews,
  StoreOwnReviewSchema,
  StoreRatingSchema,
  StoreReviewableLineSchema,
  StoreReviewSchema,
} from "./validators"

const tags = ["Reviews"]

export default defineOperations([
  {
    method: "get",
    path: "/store/reviews",
    auth: "publishable",
    summary: "A product's approved reviews and its rating",
    description: "Newest first; filter by rating or to reviews with images. Texts are HTML-encoded.",
    tags,
    query: StoreListProductReviews,
    response: z.object({ reviews: z.array(StoreReviewSchema), rating: StoreRatingSchema, count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/store/reviews",
    auth: "customer",
    summary: "Review a line of an order I received",
    description:
      "Allowed once per order line, for the customer of an order that is completed (delivered and completed, or picked up at a " +
      "pickup point). The review is pending until an operator approves it; only approved reviews are public and counted.",
    tags,
    body: StoreCreateReview,
    response: z.object({ review: StoreOwnReviewSchema }),
    successStatus: 201,
    errors: [
      { status: 404, code: "order_not_found", description: "No such order among mine" },
      { status: 404, code: "line_not_found", description: "The order has no such line" },
      { status: 400, code: "order_not_received", description: "Not completed nor picked up yet" },
      { status: 403, code: "line_not_reviewable", description: "The line is not a catalog product" },
      { status: 409, code: "review_exists", description: "This line is already reviewed" },
    ],
  },
  {
    method: "get",
    path: "/store/reviews/me",
    auth: "customer",
    summary: "My reviews with their status",
    tags,
    query: StoreListMyReviews,
    response: z.object({ reviews: z.array(StoreOwnReviewSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "get",
    path: "/store/reviews/reviewable",
    auth: "customer",
    summary: "Lines of my received orders still to review (待评价)",
    tags,
    response: z.object({ lines: z.array(StoreReviewableLineSchema), count: z.number() }),
  },
])
