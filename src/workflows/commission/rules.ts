import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RuleScope } from "../../modules/commission/types"
import { createRuleStep, deleteRuleStep, loadRuleStep, type RuleValues, updateRuleStep, validateRuleTargetStep } from "./steps/rules"

/**
 * Operators' commission rules (rates in % of what the customer paid for a line). Rules are never edited in
 * place for past orders: an accrual keeps the rate and rule it was made with.
 */
export const createCommissionRuleWorkflow = createWorkflow("create-commission-rule", (input: RuleValues & { scope: RuleScope }) => {
  validateRuleTargetStep(transform({ input }, ({ input }) => ({ scope: input.scope, target_id: input.target_id ?? null })))
  return new WorkflowResponse(createRuleStep(input))
})

/** Changes a rule's rates, note or active flag (its scope and target stay: create another rule for those). */
export const updateCommissionRuleWorkflow = createWorkflow("update-commission-rule", (input: { id: string; values: RuleValues }) => {
  loadRuleStep(transform({ input }, ({ input }) => ({ id: input.id })))
  return new WorkflowResponse(updateRuleStep(input))
})

export const deleteCommissionRuleWorkflow = createWorkflow("delete-commission-rule", (input: { id: string }) => {
  loadRuleStep(input)
  return new WorkflowResponse(deleteRuleStep(input))
})
