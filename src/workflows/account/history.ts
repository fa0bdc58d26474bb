import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { clearHistoryStep, recordProductViewStep } from "./steps/history"
import { validateStoreProductStep } from "./steps/validate-store-product"

export const recordProductViewWorkflowId = "record-product-view"

/** 浏览记录: the storefront reports a product page view; the history keeps the newest 100 products. */
export const recordProductViewWorkflow = createWorkflow(
  recordProductViewWorkflowId,
  (input: { customer_id: string; product_id: string; now?: string }) => {
    validateStoreProductStep({ product_id: input.product_id })
    return new WorkflowResponse(recordProductViewStep(input))
  }
)

export const clearHistoryWorkflowId = "clear-history"

export const clearHistoryWorkflow = createWorkflow(
  clearHistoryWorkflowId,
  (input: { customer_id: string; product_id: string | null }) => new WorkflowResponse(clearHistoryStep(input))
)
