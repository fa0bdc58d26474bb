import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../../lib/errors"
import { maskName } from "../../../modules/review/utils/rating"
import { listCandidates } from "../../catalog/utils/candidates"
import { reviewService } from "../utils/review-service"

export const createQuestionStepId = "create-question"

export type CreateQuestionInput = {
  customer_id: string
  product_id: string
  text: string
  anonymous: boolean
  sales_channel_ids: string[]
}

/**
 * A customer asks about a product published in their storefront (404 `product_not_found` otherwise).
 * Undone by deleting the question.
 */
export const createQuestionStep = createStep(
  createQuestionStepId,
  async (input: CreateQuestionInput, { container }) => {
    const visible = await listCandidates(container, { salesChannelIds: input.sales_channel_ids, productIds: [input.product_id] })
    if (!visible.length) {
      throw notFound("product_not_found", `Product ${input.product_id} not found in this storefront`)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name"], filters: { id: input.customer_id } })
    const question = await reviewService(container).createProductQuestions({
      product_id: input.product_id,
      customer_id: input.customer_id,
      text: input.text,
      author_name: input.anonymous ? null : maskName(data[0]?.last_name, data[0]?.first_name),
    })
    return new StepResponse(question, question.id)
  },
  async (id, { container }) => {
    if (!id) return
    await reviewService(container).deleteProductQuestions(id)
  }
)
