import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { AdminListReviews, AdminModerateReview, AdminRatingSchema, AdminReviewSchema } from "./validators"

const tags = ["Reviews (admin)"]

export default defineOperations([
  {
    method: "get",
    path: "/admin/reviews",
    auth: "admin",
    policy: "review:read",
    summary: "Reviews to moderate",
    description: "Newest first. With product_id, the product's rating (approved reviews) comes along. Texts are HTML-encoded.",
    tags,
    query: AdminListReviews,
    response: z.object({
      reviews: z.array(AdminReviewSchema),
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
      rating: AdminRatingSchema.optional(),
    }),
  },
  {
    method: "post",
    path: "/admin/reviews/{id}",
    auth: "admin",
    policy: "review:update",
    summary: "Approve or hide a review, reply to it",
    description: "Approved reviews are public and counted in the product's rating; the author is notified of a reply.",
    tags,
    body: AdminModerateReview,
    response: z.object({ review: AdminReviewSchema }),
    errors: [{ status: 404, code: "review_not_found", description: "No such review" }],
  },
])
