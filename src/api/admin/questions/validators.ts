import { z } from "@medusajs/framework/zod"

export const AdminListQuestions = z
  .object({
    status: z.enum(["visible", "hidden"]).optional(),
    product_id: z.string().optional(),
    unanswered: z.enum(["true", "false"]).transform((v) => v === "true").optional().describe("true: only questions without a visible answer"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListQuestionsType = z.infer<typeof AdminListQuestions>

export const AdminSetQaStatus = z.object({ status: z.enum(["visible", "hidden"]) }).strict()
export type AdminSetQaStatusType = z.infer<typeof AdminSetQaStatus>

export const AdminAnswerQuestion = z.object({ text: z.string().trim().min(1).max(1000) }).strict()
export type AdminAnswerQuestionType = z.infer<typeof AdminAnswerQuestion>

const date = z.date()

export const AdminAnswerSchema = z.object({
  id: z.string(),
  text: z.string().describe("HTML-encoded"),
  author_type: z.enum(["operator", "leader", "buyer"]),
  author_name: z.string().nullable(),
  created_at: date,
  status: z.enum(["visible", "hidden"]).optional(),
  author_id: z.string().nullable().optional(),
})

export const AdminQuestionSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  text: z.string().describe("HTML-encoded"),
  author_name: z.string().nullable(),
  answer_count: z.number().describe("Visible answers"),
  last_answered_at: date.nullable(),
  created_at: date,
  answers: z.array(AdminAnswerSchema),
  status: z.enum(["visible", "hidden"]).optional(),
  customer_id: z.string().nullable().optional(),
  product: z.object({ id: z.string(), title: z.string() }).nullable().optional(),
})
