import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addFavoriteStep, type FavoriteStepInput, removeFavoriteStep } from "./steps/favorites"
import { validateStoreProductStep } from "./steps/validate-store-product"

export const addFavoriteWorkflowId = "add-favorite"

/** 收藏: a published product into the customer's favourites (a repeat changes nothing: `created: false`). */
export const addFavoriteWorkflow = createWorkflow(addFavoriteWorkflowId, (input: FavoriteStepInput) => {
  validateStoreProductStep({ product_id: input.product_id })
  return new WorkflowResponse(addFavoriteStep(input))
})

export const removeFavoriteWorkflowId = "remove-favorite"

export const removeFavoriteWorkflow = createWorkflow(removeFavoriteWorkflowId, (input: FavoriteStepInput) => {
  return new WorkflowResponse(removeFavoriteStep(input))
})
