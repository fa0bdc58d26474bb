import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { accrueOrderCommissionsStep } from "./steps/accrue-order-commissions"
import { prepareOrderCommissionsStep } from "./steps/prepare-order-commissions"
import { orderLock } from "./utils/commission-service"
import { COMMISSION_ORDER_FIELDS, type CommissionOrderFacts } from "./utils/order-facts"

export const accrueOrderCommissionsWorkflowId = "accrue-order-commissions"

/**
 * A captured order earns commission (pending): the pickup leader, the buyer's level 1 and level 2, each at
 * the rate the rules give per line, on what was paid for the line. Once per order: replays (a second
 * `payment.captured`, `group_buy.succeeded`) create nothing. A group-buy order earns only once its group
 * succeeded. Runs under the order's commission lock (see utils/commission-service.ts orderLock), so that a
 * refund, a cancellation or the collection of the order is never read before and written after it. Emits `commission.accrued` { order_id, entries: [{ id, beneficiary_id, leader_id, kind, amount, currency_code }] }.
 */
export const accrueOrderCommissionsWorkflow = createWorkflow(
  accrueOrderCommissionsWorkflowId,
  (input: { order_id: string; now?: string }) => {
    acquireLockStep(transform({ input }, ({ input }) => orderLock(input.order_id)))
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: COMMISSION_ORDER_FIELDS,
      filters: { id: input.order_id },
    }).config({ name: "get-commission-order" })
    const prepared = prepareOrderCommissionsStep(
      transform({ orders, input }, ({ orders, input }) => ({ order: orders[0] as CommissionOrderFacts | undefined, now: input.now }))
    )
    const accrued = when({ prepared }, ({ prepared }) => prepared.skip === null).then(() =>
      accrueOrderCommissionsStep(transform({ prepared }, ({ prepared }) => prepared.input!))
    )
    when({ accrued }, ({ accrued }) => !!accrued?.created && accrued.entries.length > 0).then(() => {
      emitEventStep({
        eventName: "commission.accrued",
        data: transform({ accrued, input }, ({ accrued, input }) => ({
          order_id: input.order_id,
          entries: accrued!.entries.map((e) => ({
            id: e.id,
            beneficiary_id: e.beneficiary_id,
            leader_id: e.leader_id,
            kind: e.kind,
            amount: Number(e.amount),
            currency_code: e.currency_code,
          })),
        })),
      }).config({ name: "emit-commission-accrued" })
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderLock(input.order_id).key })))
    return new WorkflowResponse(
      transform({ prepared, accrued }, ({ prepared, accrued }) => ({
        skipped: prepared.skip,
        created: !!accrued?.created,
        entries: accrued?.entries ?? [],
        commission_total: accrued?.commission_total ?? "0",
      }))
    )
  }
)
