import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { StoreAnswerQuestion, StoreAnswerSchema, StoreAskQuestion, StoreListQuestions, StoreQuestionSchema } from "./validators"

const tags = ["Questions"]

export default defineOperations([
  {
    method: "get",
    path: "/store/questions",
    auth: "publishable",
    summary: "A product's questions and answers (问大家)",
    description: "Visible questions, newest first, each with its visible answers. Texts are HTML-encoded.",
    tags,
    query: StoreListQuestions,
    response: z.object({ questions: z.array(StoreQuestionSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/store/questions",
    auth: "customer",
    summary: "Ask about a product",
    tags,
    body: StoreAskQuestion,
    response: z.object({ question: StoreQuestionSchema }),
    successStatus: 201,
    errors: [{ status: 404, code: "product_not_found", description: "Not published in this storefront" }],
  },
  {
    method: "post",
    path: "/store/questions/{id}/answers",
    auth: "customer",
    summary: "Answer a question about a product I received",
    description: "Only customers with a completed (or picked-up) order of the product answer; the asker is notified.",
    tags,
    body: StoreAnswerQuestion,
    response: z.object({ answer: StoreAnswerSchema }),
    successStatus: 201,
    errors: [
      { status: 404, code: "question_not_found", description: "No such visible question" },
      { status: 403, code: "not_a_buyer", description: "I have not received this product" },
    ],
  },
])
