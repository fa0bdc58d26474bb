import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkInStep, type CheckInStepInput } from "./steps/check-in"

export const checkInWorkflowId = "check-in"

/**
 * Daily check-in (签到): once per store day, streak reward from the settings' table; a repeat the same day
 * answers with the first check-in. Emits `points.earned` { customer_id, kind: "checkin", points } when new.
 */
export const checkInWorkflow = createWorkflow(checkInWorkflowId, (input: CheckInStepInput) => {
  const result = checkInStep(input)
  when({ result }, ({ result }) => result.created && result.points > 0).then(() => {
    emitEventStep({
      eventName: "points.earned",
      data: transform({ result, input }, ({ result, input }) => ({
        customer_id: input.customer_id,
        kind: "checkin",
        points: result.points,
        entry_id: result.entry_id,
      })),
    })
  })
  return new WorkflowResponse(result)
})
