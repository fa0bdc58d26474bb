import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "../../../lib/errors"

export const validateStoreProductStepId = "validate-store-product"

/** The product exists and is published (what a shopper can see); else 404 `product_not_found`. */
export const validateStoreProductStep = createStep(
  validateStoreProductStepId,
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: input.product_id } })
    if (data[0]?.status !== "published") {
      throw notFound("product_not_found", `Product ${input.product_id} was not found`)
    }
    return new StepResponse({ product_id: input.product_id })
  }
)
