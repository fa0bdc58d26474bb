import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyCustomer } from "../lib/notify"
import { reviewService } from "../workflows/review/utils/review-service"

/** The store replied to a review: its author is told (template review.replied, category community). */
export default async function reviewRepliedNotify({ event, container }: SubscriberArgs<{ id: string; product_id: string; customer_id: string }>) {
  const [review] = await reviewService(container).listProductReviews({ id: event.data.id }, { take: 1 })
  if (!review?.reply) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: products }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: review.customer_id } }),
    query.graph({ entity: "product", fields: ["id", "title"], filters: { id: review.product_id } }),
  ])
  const email = customers[0]?.email
  if (!email) return
  await notifyCustomer(container, {
    to: email,
    template: "review.replied",
    data: { review_id: review.id, product_id: review.product_id, product_title: products[0]?.title ?? null, reply: review.reply },
    // One message per reply text: editing the reply tells the customer again.
    idempotencyKey: `review.replied:${review.id}:${review.replied_at ? new Date(review.replied_at).toISOString() : ""}`,
    resourceType: "product_review",
    resourceId: review.id,
    customerId: review.customer_id,
  })
}

export const config: SubscriberConfig = { event: "review.replied", context: { subscriberId: "review-replied-notify" } }
