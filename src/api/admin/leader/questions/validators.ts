import { z } from "@medusajs/framework/zod"

export const LeaderListQuestions = z
  .object({
    unanswered: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    product_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type LeaderListQuestionsType = z.infer<typeof LeaderListQuestions>

export const LeaderAnswerQuestion = z.object({ text: z.string().trim().min(1).max(1000) }).strict()
export type LeaderAnswerQuestionType = z.infer<typeof LeaderAnswerQuestion>
