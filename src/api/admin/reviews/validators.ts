import { z } from "@medusajs/framework/zod"

const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

export const AdminListReviews = z
  .object({
    status: z.enum(["pending", "approved", "hidden"]).optional(),
    product_id: z.string().optional(),
    customer_id: z.string().optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    ...paging,
  })
  .strict()
export type AdminListReviewsType = z.infer<typeof AdminListReviews>

export const AdminModerateReview = z
  .object({
    status: z.enum(["approved", "hidden"]).optional(),
    reply: z.string().trim().min(1).max(1000).nullable().optional().describe("The store's reply; null removes it"),
  })
  .strict()
  .refine((v) => v.status !== undefined || v.reply !== undefined, { message: "give a status, a reply or both" })
export type AdminModerateReviewType = z.infer<typeof AdminModerateReview>

const date = z.date()

export const AdminReviewSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  variant_id: z.string().nullable(),
  customer_id: z.string(),
  order_id: z.string(),
  line_item_id: z.string(),
  rating: z.number(),
  text: z.string().nullable().describe("HTML-encoded"),
  images: z.array(z.string()),
  author_name: z.string().nullable(),
  status: z.enum(["pending", "approved", "hidden"]),
  reply: z.string().nullable().describe("HTML-encoded"),
  replied_at: date.nullable(),
  replied_by: z.string().nullable(),
  moderated_by: z.string().nullable(),
  moderated_at: date.nullable(),
  created_at: date,
  updated_at: date,
  product: z.object({ id: z.string(), title: z.string(), thumbnail: z.string().nullable() }).nullable(),
  customer_email: z.string().nullable(),
})

export const AdminRatingSchema = z.object({
  product_id: z.string(),
  count: z.number(),
  average: z.number().nullable(),
  stars: z.object({ "1": z.number(), "2": z.number(), "3": z.number(), "4": z.number(), "5": z.number() }),
})
