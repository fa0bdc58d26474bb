import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AccrueOrderInput, AccrueOrderResult } from "../../../modules/commission/types"
import { commissionService } from "../utils/commission-service"

export const accrueOrderCommissionsStepId = "accrue-order-commissions"

/**
 * Records the order's commission once (a replay creates nothing). Compensation undoes only what this run
 * created.
 */
export const accrueOrderCommissionsStep = createStep(
  accrueOrderCommissionsStepId,
  async (input: Omit<AccrueOrderInput, "now" | "received_at"> & { now: string; received_at: Date | string | null }, { container }) => {
    const res: AccrueOrderResult = await commissionService(container).accrueOrderCommissions({
      ...input,
      now: new Date(input.now),
      received_at: input.received_at ? new Date(input.received_at) : null,
    })
    return new StepResponse(res, res.created ? input.order_id : null)
  },
  async (orderId: string | null | undefined, { container }) => {
    if (!orderId) return
    await commissionService(container).discardOrderCommissions(orderId)
  }
)
