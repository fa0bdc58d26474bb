import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAnswerQuestion, AdminListQuestions, AdminSetQaStatus } from "./validators"

const can = (operation: "read" | "update") => [{ resource: "review", operation }]

export const adminQuestionMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/questions", middlewares: [validateAndTransformQuery(AdminListQuestions, {})], policies: can("read") },
  { methods: ["POST"], matcher: "/admin/questions/:id", middlewares: [validateAndTransformBody(AdminSetQaStatus)], policies: can("update") },
  { methods: ["POST"], matcher: "/admin/questions/:id/answers", middlewares: [validateAndTransformBody(AdminAnswerQuestion)], policies: can("update") },
  {
    methods: ["POST"],
    matcher: "/admin/questions/:id/answers/:answer_id",
    middlewares: [validateAndTransformBody(AdminSetQaStatus)],
    policies: can("update"),
  },
]
