import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountService } from "../utils/account-service"

export type FavoriteStepInput = { customer_id: string; product_id: string; now?: string }

export const addFavoriteStepId = "add-favorite"

/** Adds the favourite once; compensation removes it only if this step created it. */
export const addFavoriteStep = createStep(
  addFavoriteStepId,
  async (input: FavoriteStepInput, { container }) => {
    const res = await accountService(container).addFavorite(input.customer_id, input.product_id, input.now ? new Date(input.now) : new Date())
    return new StepResponse(res, res.created ? input : null)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await accountService(container).removeFavorite(undo.customer_id, undo.product_id)
  }
)

export const removeFavoriteStepId = "remove-favorite"

/** Removes the customer's own favourite (another customer's row is never touched). */
export const removeFavoriteStep = createStep(removeFavoriteStepId, async (input: FavoriteStepInput, { container }) => {
  const removed = await accountService(container).removeFavorite(input.customer_id, input.product_id)
  return new StepResponse({ removed })
})
