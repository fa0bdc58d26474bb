import { MathBN } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { reverseOrderCommissionsStep } from "./steps/reverse-order-commissions"
import { orderLock } from "./utils/commission-service"
import { COMMISSION_ORDER_FIELDS, type CommissionOrderFacts } from "./utils/order-facts"

export const reverseOrderCommissionsWorkflowId = "reverse-order-commissions"

/**
 * After a refund (`payment.refunded`) or a cancellation: reverses the order's commission in proportion to
 * the refunded share of the items (all of it when canceled), also after settlement (negative entries).
 * Emits `commission.reversed` { order_id, amount, entries: [{ id, beneficiary_id, kind, amount, status }] }.
 */
export const reverseOrderCommissionsWorkflow = createWorkflow(
  reverseOrderCommissionsWorkflowId,
  (input: { order_id: string; canceled?: boolean; now?: string }) => {
    // The order's commission lock: the refunds read here are written before anything else reads them.
    acquireLockStep(transform({ input }, ({ input }) => orderLock(input.order_id)))
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: COMMISSION_ORDER_FIELDS,
      filters: { id: input.order_id },
    }).config({ name: "get-reversal-order" })
    const reversed = reverseOrderCommissionsStep(
      transform({ orders, input }, ({ orders, input }) => ({
        order: orders[0] as CommissionOrderFacts | undefined,
        canceled: input.canceled,
        now: input.now,
      }))
    )
    when({ reversed }, ({ reversed }) => !!reversed && reversed.entries.length > 0).then(() => {
      emitEventStep({
        eventName: "commission.reversed",
        data: transform({ reversed }, ({ reversed }) => ({
          order_id: reversed!.order_id,
          amount: Number(reversed!.reversed),
          entries: reversed!.entries.map((e) => ({
            id: e.id,
            beneficiary_id: e.beneficiary_id,
            kind: e.kind,
            amount: Number(e.amount),
            status: e.status,
          })),
        })),
      }).config({ name: "emit-commission-reversed" })
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderLock(input.order_id).key })))
    return new WorkflowResponse(
      transform({ reversed }, ({ reversed }) => ({
        reversed: reversed ? MathBN.convert(reversed.reversed).toNumber() : 0,
        entries: reversed?.entries ?? [],
      }))
    )
  }
)
