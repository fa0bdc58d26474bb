import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock, loyaltyService } from "../utils/loyalty-service"

export const checkInStepId = "check-in"

export type CheckInStepInput = { customer_id: string; now?: string }

/**
 * Checks the customer in for today's store day (once: a repeat answers with the first check-in).
 * Compensation takes back the points of a check-in this step created and removes the check-in.
 */
export const checkInStep = createStep(
  checkInStepId,
  async (input: CheckInStepInput, { container }) => {
    const result = await loyaltyService(container).checkIn(input.customer_id, clock(input.now))
    return new StepResponse(result, result.created ? { customer_id: input.customer_id, day: result.day, entry_id: result.entry_id } : null)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = loyaltyService(container)
    if (undo.entry_id) {
      const [entry] = await service.listLoyaltyEntries({ id: undo.entry_id })
      await service.debitPoints({
        customer_id: undo.customer_id,
        points: entry.delta,
        kind: "reversal",
        reference: `checkin:${undo.entry_id}`,
        note: "check-in undone",
        allow_partial: true,
      })
    }
    const checkins = await service.listLoyaltyCheckins({ customer_id: undo.customer_id, day: undo.day })
    await service.deleteLoyaltyCheckins(checkins.map((c) => c.id))
  }
)
