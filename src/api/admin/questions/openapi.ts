import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../lib/openapi"
import { AdminAnswerQuestion, AdminAnswerSchema, AdminListQuestions, AdminQuestionSchema, AdminSetQaStatus } from "./validators"

const tags = ["Questions (admin)"]

export default defineOperations([
  {
    method: "get",
    path: "/admin/questions",
    auth: "admin",
    policy: "review:read",
    summary: "Questions with every answer",
    tags,
    query: AdminListQuestions,
    response: z.object({ questions: z.array(AdminQuestionSchema), count: z.number(), offset: z.number(), limit: z.number() }),
  },
  {
    method: "post",
    path: "/admin/questions/{id}",
    auth: "admin",
    policy: "review:update",
    summary: "Show or hide a question",
    tags,
    body: AdminSetQaStatus,
    response: z.object({ question: z.object({ id: z.string(), status: z.enum(["visible", "hidden"]) }) }),
    errors: [{ status: 404, code: "question_not_found", description: "No such question" }],
  },
  {
    method: "post",
    path: "/admin/questions/{id}/answers",
    auth: "admin",
    policy: "review:update",
    summary: "Answer as the store",
    tags,
    body: AdminAnswerQuestion,
    response: z.object({ answer: AdminAnswerSchema }),
    successStatus: 201,
    errors: [{ status: 404, code: "question_not_found", description: "No such visible question" }],
  },
  {
    method: "post",
    path: "/admin/questions/{id}/answers/{answer_id}",
    auth: "admin",
    policy: "review:update",
    summary: "Show or hide an answer",
    tags,
    body: AdminSetQaStatus,
    response: z.object({ answer: AdminAnswerSchema }),
    errors: [{ status: 404, code: "answer_not_found", description: "No such answer on this question" }],
  },
])
