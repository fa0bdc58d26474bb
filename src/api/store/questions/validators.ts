import { z } from "@medusajs/framework/zod"

export const StoreListQuestions = z
  .object({
    product_id: z.string().min(1),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListQuestionsType = z.infer<typeof StoreListQuestions>

export const StoreAskQuestion = z
  .object({
    product_id: z.string().min(1),
    text: z.string().trim().min(2).max(500).describe("Stored as typed; returned HTML-encoded"),
    anonymous: z.boolean().default(false),
  })
  .strict()
export type StoreAskQuestionType = z.infer<typeof StoreAskQuestion>

export const StoreAnswerQuestion = z.object({ text: z.string().trim().min(1).max(1000) }).strict()
export type StoreAnswerQuestionType = z.infer<typeof StoreAnswerQuestion>

export const StoreAnswerSchema = z.object({
  id: z.string(),
  text: z.string().describe("HTML-encoded"),
  author_type: z.enum(["operator", "leader", "buyer"]).describe("operator: the store; leader: a community leader; buyer: a customer who received it"),
  author_name: z.string().nullable(),
  created_at: z.date(),
})

export const StoreQuestionSchema = z.object({
  id: z.string(),
  product_id: z.string(),
  text: z.string().describe("HTML-encoded"),
  author_name: z.string().nullable(),
  answer_count: z.number(),
  last_answered_at: z.date().nullable(),
  created_at: z.date(),
  answers: z.array(StoreAnswerSchema),
})
