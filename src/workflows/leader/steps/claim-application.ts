import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound } from "../../../lib/errors"
import { LEADER_MODULE } from "../../../modules/leader"
import type LeaderModuleService from "../../../modules/leader/service"
import type { ApplicationStatus } from "../../../modules/leader/types"

export const claimApplicationStepId = "claim-leader-application"

type Input = {
  id: string
  to: Extract<ApplicationStatus, "approved" | "rejected" | "withdrawn">
  reviewed_by?: string | null
  rejection_reason?: string | null
  /** When set, only this customer's application (a customer withdrawing their own). */
  customer_id?: string
}

/**
 * Moves an open application to its decision with a conditional update, first thing in the workflow:
 * of two operators deciding at once, one wins and the other gets 409 `application_not_open` before
 * anything else happens. The compensation restores it as it was.
 */
export const claimApplicationStep = createStep(
  claimApplicationStepId,
  async (input: Input, { container }) => {
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    const [app] = await service.listLeaderApplications({
      id: input.id,
      ...(input.customer_id ? { customer_id: input.customer_id } : {}),
    })
    if (!app) {
      throw notFound("application_not_found", `Leader application ${input.id} was not found`)
    }
    const claimed = await service.transitionApplication(input.id, "applied", input.to, {
      reviewed_by: input.reviewed_by ?? null,
      rejection_reason: input.rejection_reason ?? null,
    })
    if (!claimed) {
      throw conflict("application_not_open", `Leader application ${input.id} is ${app.status}, not open`)
    }
    const prior = {
      status: app.status,
      rejection_reason: app.rejection_reason ?? null,
      reviewed_by: app.reviewed_by ?? null,
      reviewed_at: app.reviewed_at ?? null,
      leader_id: app.leader_id ?? null,
    }
    return new StepResponse({ ...app, status: input.to }, { id: input.id, to: input.to, prior })
  },
  async (undo: { id: string; to: ApplicationStatus; prior: Parameters<LeaderModuleService["restoreApplication"]>[2] } | undefined, { container }) => {
    if (!undo) return
    const service: LeaderModuleService = container.resolve(LEADER_MODULE)
    // Exactly as before the claim: a refused approval leaves no review date on an open application.
    await service.restoreApplication(undo.id, undo.to, undo.prior)
  }
)
