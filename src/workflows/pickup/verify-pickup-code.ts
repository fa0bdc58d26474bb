import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeOrderWorkflow, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PICKUP_MODULE } from "../../modules/pickup"
import type PickupModuleService from "../../modules/pickup/service"
import type { PickupOrderDTO } from "../../modules/pickup/types"
import { checkPickupAllowedStep } from "./steps/check-pickup-allowed"
import { claimPickupStep } from "./steps/claim-pickup"
import { resolvePickupCodeStep, type VerifyPickupCodeInput } from "./steps/resolve-pickup-code"

export const verifyPickupCodeWorkflowId = "verify-pickup-code"

/**
 * Pickup verification (核销): code → pickup order (rate limited) → checks (canceled, refunded, group not
 * succeeded, already picked up) → single-use claim → Medusa's completeOrderWorkflow (`order.completed`,
 * which loyalty and commission listen to) → `pickup.order_picked_up`
 * { id, order_id, pickup_point_id, leader_id, customer_id, verified_by, verified_by_kind }.
 * If completing the order fails, the claim is released.
 */
export const verifyPickupCodeWorkflow = createWorkflow(verifyPickupCodeWorkflowId, (input: VerifyPickupCodeInput) => {
  const pickupOrder = resolvePickupCodeStep(input)
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [
      "id",
      "status",
      "canceled_at",
      "currency_code",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.captured_amount",
      "payment_collections.refunded_amount",
    ],
    filters: { id: pickupOrder.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "get-pickup-order-order" })
  const order = transform({ orders }, ({ orders }) => orders[0])
  checkPickupAllowedStep({ pickup_order: pickupOrder, order })
  const claimed = claimPickupStep(
    transform({ pickupOrder, input }, ({ pickupOrder, input }) => ({
      id: pickupOrder.id,
      actor_id: input.actor_id,
      actor_kind: input.actor_kind,
    }))
  )
  completeOrderWorkflow.runAsStep({ input: transform({ pickupOrder }, ({ pickupOrder }) => ({ orderIds: [pickupOrder.order_id] })) })
  emitEventStep({
    eventName: "pickup.order_picked_up",
    data: transform({ claimed }, ({ claimed }) => ({
      id: claimed.id,
      order_id: claimed.order_id,
      pickup_point_id: claimed.pickup_point_id,
      leader_id: claimed.leader_id,
      customer_id: claimed.customer_id,
      verified_by: claimed.picked_up_by,
      verified_by_kind: claimed.picked_up_by_kind,
    })),
  })
  return new WorkflowResponse(claimed)
})

type ErrorLike = { type?: string; code?: string; message?: string }

/**
 * Runs the verification and logs the attempt (who, when, where, outcome) whatever happens: the log is
 * written outside the workflow's transaction so that refusals are logged too.
 */
export async function verifyPickupCode(container: MedusaContainer, input: VerifyPickupCodeInput): Promise<PickupOrderDTO> {
  const service: PickupModuleService = container.resolve(PICKUP_MODULE)
  const { result, errors } = await verifyPickupCodeWorkflow(container).run({ input, throwOnError: false })
  const failure = errors?.[0]?.error as ErrorLike | undefined
  // An order of another point is not this point's business: its ids stay out of the log.
  const found =
    failure?.code === "wrong_pickup_point" ? null : failure ? await service.findByCode(input.code) : result
  await service.createPickupVerifications({
    pickup_point_id: input.pickup_point_id ?? found?.pickup_point_id ?? null,
    pickup_order_id: found?.id ?? null,
    order_id: found?.order_id ?? null,
    actor_id: input.actor_id,
    actor_kind: input.actor_kind,
    outcome: failure ? failure.code ?? "error" : "verified",
  })
  if (failure) {
    throw failure instanceof Error
      ? failure
      : new MedusaError(failure.type ?? MedusaError.Types.UNEXPECTED_STATE, failure.message ?? "Verification failed", failure.code)
  }
  return result
}
