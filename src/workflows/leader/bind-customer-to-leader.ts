import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { BindCustomerInput } from "../../modules/leader/types"
import { bindCustomerStep } from "./steps/bind-customer"

export const bindCustomerToLeaderWorkflowId = "bind-customer-to-leader"

/**
 * Binds a customer to a leader by the store's binding mode (see LeaderModuleService.bindCustomer) and
 * emits `leader.customer_bound` { customer_id, leader_id, binding_id, source, replaced_leader_id } when
 * the binding changed. Refusals (self-binding, loop, leader not active) are returned, not thrown: the
 * caller decides (the share-link route answers 400, an order just does not bind).
 */
export const bindCustomerToLeaderWorkflow = createWorkflow(
  bindCustomerToLeaderWorkflowId,
  (input: BindCustomerInput) => {
    const result = bindCustomerStep(input)
    when({ result }, ({ result }) => result.outcome === "bound" || result.outcome === "replaced").then(() => {
      emitEventStep({
        eventName: "leader.customer_bound",
        data: transform({ result }, ({ result }) => {
          const r = result as Extract<typeof result, { outcome: "bound" | "replaced" }>
          return {
            customer_id: r.binding.customer_id,
            leader_id: r.binding.leader_id,
            binding_id: r.binding.id,
            source: r.binding.source,
            replaced_leader_id: r.ended?.leader_id ?? null,
          }
        }),
      })
    })
    return new WorkflowResponse(result)
  }
)
