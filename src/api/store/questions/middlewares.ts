import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAnswerQuestion, StoreAskQuestion, StoreListQuestions } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeQuestionMiddlewares: MiddlewareRoute[] = [
  { methods: ["GET"], matcher: "/store/questions", middlewares: [validateAndTransformQuery(StoreListQuestions, {})] },
  { methods: ["POST"], matcher: "/store/questions", middlewares: [customer, validateAndTransformBody(StoreAskQuestion)] },
  { methods: ["POST"], matcher: "/store/questions/:id/answers", middlewares: [customer, validateAndTransformBody(StoreAnswerQuestion)] },
]
