import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loyaltyService } from "../utils/loyalty-service"

export const adjustPointsStepId = "adjust-points"

export type AdjustPointsStepInput = {
  customer_id: string
  /** Signed: positive credits, negative debits (refused below a zero balance). */
  points: number
  reason: string
  /** Idempotency key of the adjustment (one entry per key). */
  reference: string
  created_by: string | null
}

/** An operator's adjustment: one `adjust` entry with the reason and who made it. Compensation writes the opposite `reversal`. */
export const adjustPointsStep = createStep(
  adjustPointsStepId,
  async (input: AdjustPointsStepInput, { container }) => {
    const service = loyaltyService(container)
    const common = {
      customer_id: input.customer_id,
      kind: "adjust" as const,
      reference: input.reference,
      note: input.reason,
      created_by: input.created_by,
      metadata: { reason: input.reason },
    }
    const result =
      input.points > 0
        ? await service.creditPoints({ ...common, points: input.points })
        : await service.debitPoints({ ...common, points: -input.points })
    return new StepResponse(result, result.created ? { entry_id: result.entry!.id, customer_id: input.customer_id, delta: result.entry!.delta } : null)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = loyaltyService(container)
    const common = { customer_id: undo.customer_id, kind: "reversal" as const, reference: `adjust:${undo.entry_id}`, note: "adjustment undone" }
    if (undo.delta > 0) {
      await service.debitPoints({ ...common, points: undo.delta, allow_partial: true })
    } else {
      await service.creditPoints({ ...common, points: -undo.delta })
    }
  }
)
