import { z } from "@medusajs/framework/zod"

const fields = {
  category: z.string().trim().max(100).nullable().optional(),
  question_zh: z.string().trim().min(1).max(500),
  answer_zh: z.string().trim().min(1).max(5000),
  question_en: z.string().trim().min(1).max(500).nullable().optional(),
  answer_en: z.string().trim().min(1).max(5000).nullable().optional(),
  rank: z.number().int().min(0).max(100000).optional(),
  is_published: z.boolean().optional(),
}

export const AdminCreateFaq = z.object(fields).strict()
export type AdminCreateFaqType = z.infer<typeof AdminCreateFaq>

export const AdminUpdateFaq = z
  .object({ ...fields, question_zh: fields.question_zh.optional(), answer_zh: fields.answer_zh.optional() })
  .strict()
export type AdminUpdateFaqType = z.infer<typeof AdminUpdateFaq>

export const AdminListFaqs = z
  .object({ category: z.string().optional(), is_published: z.enum(["true", "false"]).transform((v) => v === "true").optional() })
  .strict()
export type AdminListFaqsType = z.infer<typeof AdminListFaqs>

export const AdminFaqSchema = z.object({
  id: z.string(),
  category: z.string().nullable(),
  question_zh: z.string().describe("HTML-encoded"),
  answer_zh: z.string().describe("HTML-encoded"),
  question_en: z.string().nullable(),
  answer_en: z.string().nullable(),
  rank: z.number(),
  is_published: z.boolean(),
  created_at: z.date(),
  updated_at: z.date(),
})
