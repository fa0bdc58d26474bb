import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { LeaderAnswerQuestion, LeaderListQuestions } from "./validators"

/** Validation only: /admin/leader/* already requires the leader_portal policy and attaches the leader. */
export const leaderQuestionMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/admin/leader/questions", middlewares: [validateAndTransformQuery(LeaderListQuestions, {})] },
  { methods: ["POST"], matcher: "/admin/leader/questions/:id/answers", middlewares: [validateAndTransformBody(LeaderAnswerQuestion)] },
]
