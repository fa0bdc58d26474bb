import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { setPromotionContextHandlers } from "./registry"

// The single handler of updateCartPromotionsWorkflow.hooks.setPromotionContext: see registry.ts. It also runs
// inside refreshCartItemsWorkflow (every cart change), so each domain handler must stay cheap.
updateCartPromotionsWorkflow.hooks.setPromotionContext(async (input, { container }) => {
  const context: Record<string, unknown> = {}
  for (const h of setPromotionContextHandlers) {
    Object.assign(context, (await h.run(input as any, container)) ?? {})
  }
  return new StepResponse(context)
})
