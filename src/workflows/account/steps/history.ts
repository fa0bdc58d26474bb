import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService } from "../utils/account-service"

export const recordProductViewStepId = "record-product-view"

/** Puts the product on top of the customer's history and trims it to the newest 100 (one transaction). */
export const recordProductViewStep = createStep(
  recordProductViewStepId,
  async (input: { customer_id: string; product_id: string; now?: string }, { container }) => {
    const res = await accountService(container).recordView(input.customer_id, input.product_id, input.now ? new Date(input.now) : new Date())
    return new StepResponse(res)
  }
)

export const clearHistoryStepId = "clear-history"

/** Removes one product (or, with product_id null, everything) from the customer's own history. */
export const clearHistoryStep = createStep(
  clearHistoryStepId,
  async (input: { customer_id: string; product_id: string | null }, { container }) => {
    const removed = await accountService(container).clearHistory(input.customer_id, input.product_id)
    return new StepResponse({ removed })
  }
)
