import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES } from "./constants"

/**
 * A customer's review of a product they received: once per order line (unique line_item_id), rating 1–5,
 * text and image URLs stored exactly as given (APIs encode them). pending → approved (public, counted in
 * the product's rating) · hidden (by an operator). An operator may reply.
 */
export const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prev" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text().nullable(),
    customer_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    rating: model.number(),
    text: model.text().nullable(),
    images: model.array().default([]),
    /** Shown instead of the customer's name: masked ("王**"), or null when posted anonymously. */
    author_name: model.text().nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    moderated_by: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    reply: model.text().nullable(),
    replied_by: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: null },
    { on: ["product_id", "status", "created_at"], where: null },
    { on: ["customer_id", "created_at"], where: null },
    { on: ["status", "created_at"], where: null },
  ])
  .checks([
    { name: "product_review_rating_range", expression: (c) => `${c.rating} BETWEEN 1 AND 5` },
    { name: "product_review_images_max", expression: (c) => `coalesce(array_length(${c.images}, 1), 0) <= 9` },
  ])
