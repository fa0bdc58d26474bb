import { z } from "@medusajs/framework/zod"

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

/** An image a customer attaches: an http(s) URL with nothing that could break out of an HTML attribute. */
export const ReviewImageUrl = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u) && !/[\s"'<>`\\]/.test(u), "must be an http(s) URL without spaces, quotes or angle brackets")

export const StoreCreateReview = z
  .object({
    order_id: z.string().min(1),
    line_item_id: z.string().min(1).describe("The order line reviewed (once per line)"),
    rating: z.number().int().min(1).max(5),
    text: z.string().max(2000).nullable().optional().describe("Stored as typed; every API returns it HTML-encoded"),
    images: z.array(ReviewImageUrl).max(9).default([]),
    anonymous: z.boolean().default(false).describe("Hide my (masked) name"),
  })
  .strict()
export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>

export const StoreListProductReviews = z
  .object({
    product_id: z.string().min(1),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    with_images: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    ...paging,
  })
  .strict()
export type StoreListProductReviewsType = z.infer<typeof StoreListProductReviews>

export const StoreListMyReviews = z.object(paging).strict()
export type StoreListMyReviewsType = z.infer<typeof StoreListMyReviews>

const date = z.date()

export const StoreReviewSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  variant_id: z.string().nullable(),
  rating: z.number(),
  text: z.string().nullable().describe("HTML-encoded"),
  images: z.array(z.string()),
  author_name: z.string().nullable().describe("Masked, HTML-encoded; null when anonymous"),
  reply: z.string().nullable().describe("The store's reply, HTML-encoded"),
  replied_at: date.nullable(),
  created_at: date,
})

export const StoreOwnReviewSchema = StoreReviewSchema.extend({
  status: z.enum(["pending", "approved", "hidden"]).describe("Only approved reviews are public and counted"),
  order_id: z.string(),
  line_item_id: z.string(),
})

export const StoreReviewableLineSchema = z.object({
  order_id: z.string(),
  display_id: z.number().nullable(),
  line_item_id: z.string(),
  product_id: z.string(),
  variant_id: z.string().nullable(),
  title: z.string().nullable(),
  variant_title: z.string().nullable(),
  thumbnail: z.string().nullable(),
  received_at: date.nullable(),
})

export const StoreRatingSchema = z.object({
  product_id: z.string(),
  count: z.number(),
  average: z.number().nullable(),
  stars: z.object({ "1": z.number(), "2": z.number(), "3": z.number(), "4": z.number(), "5": z.number() }),
})
