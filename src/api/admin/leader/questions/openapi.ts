import { z } from "@medusajs/framework/zod"
import { defineOperations } from "../../../../lib/openapi"
import { AdminQuestionSchema } from "../../questions/validators"
import { LeaderAnswerQuestion, LeaderListQuestions } from "./validators"

const tags = ["Leader portal"]
const answer = z.object({
  id: z.string(),
  text: z.string(),
  author_type: z.enum(["operator", "leader", "buyer"]),
  author_name: z.string().nullable(),
  created_at: z.date(),
})

export default defineOperations([
  {
    method: "get",
    path: "/admin/leader/questions",
    auth: "leader",
    policy: "leader_portal:read",
    summary: "Customers' questions a leader can answer",
    tags,
    query: LeaderListQuestions,
    response: z.object({
      questions: z.array(AdminQuestionSchema.omit({ status: true, customer_id: true }).extend({ answers: z.array(answer) })),
      count: z.number(),
      offset: z.number(),
      limit: z.number(),
    }),
  },
  {
    method: "post",
    path: "/admin/leader/questions/{id}/answers",
    auth: "leader",
    policy: "leader_portal:update",
    summary: "Answer a question as the logged-in leader",
    tags,
    body: LeaderAnswerQuestion,
    response: z.object({ answer }),
    successStatus: 201,
    errors: [{ status: 404, code: "question_not_found", description: "No such visible question" }],
  },
])
