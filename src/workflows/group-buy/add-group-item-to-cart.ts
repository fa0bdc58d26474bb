import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addToCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { quoteGroupItemStep, type QuoteGroupItemInput } from "./steps/quote-group-item"

export const addGroupItemToCartWorkflowId = "add-group-item-to-cart"

/**
 * Store "open a group" / "join a group": prices the item on the server (quoteGroupItemStep) and puts it in
 * the customer's cart with that custom unit price, tagged with the campaign and group (line item metadata,
 * see utils/service.ts LINE_META). addToCartWorkflow refreshes the cart's payment collection, so the
 * checkout charges the group price. Holds the cart's lock like Medusa's own cart routes.
 */
export const addGroupItemToCartWorkflow = createWorkflow(addGroupItemToCartWorkflowId, (input: QuoteGroupItemInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 10, ttl: 30 })
  const quote = quoteGroupItemStep(input)
  addToCartWorkflow.runAsStep({
    input: transform({ input, quote }, ({ input, quote }) => ({ cart_id: input.cart_id, items: [quote.item] })),
  })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(quote)
})
