import { z } from "@medusajs/framework/zod"

export const StoreListFaqs = z.object({ category: z.string().max(100).optional() }).strict()
export type StoreListFaqsType = z.infer<typeof StoreListFaqs>

export const StoreFaqSchema = z.object({
  id: z.string(),
  category: z.string().nullable(),
  question: z.string().describe("In the request's locale (en-* → English when written, else zh-CN); HTML-encoded"),
  answer: z.string().describe("HTML-encoded"),
  language: z.enum(["zh-CN", "en"]),
})
