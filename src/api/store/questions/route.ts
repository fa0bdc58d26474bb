import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentQuestion } from "../../../modules/review/utils/present"
import { askQuestionWorkflow } from "../../../workflows/review"
import { listQuestionsWithAnswers } from "../../../workflows/review/utils/questions"
import type { StoreAskQuestionType, StoreListQuestionsType } from "./validators"

/** GET /store/questions?product_id=…: a product's questions with their answers (问大家), newest first. */
export const GET = async (req: MedusaRequest<unknown, StoreListQuestionsType>, res: MedusaResponse) => {
  const { product_id, offset, limit } = req.validatedQuery as StoreListQuestionsType
  const { questions, count } = await listQuestionsWithAnswers(req.scope, {
    filters: { product_id, status: "visible" },
    answerStatus: "visible",
    offset,
    limit,
  })
  res.json({ questions: questions.map(({ question, answers }) => presentQuestion(question, answers)), count, offset, limit })
}

/** POST /store/questions: ask about a product. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAskQuestionType>, res: MedusaResponse) => {
  const { result } = await askQuestionWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      product_id: req.validatedBody.product_id,
      text: req.validatedBody.text,
      anonymous: req.validatedBody.anonymous,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    },
  })
  res.status(201).json({ question: presentQuestion(result, []) })
}
