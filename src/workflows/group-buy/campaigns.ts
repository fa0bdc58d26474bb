import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notFound, refused } from "../../lib/errors"
import type { CampaignStatus } from "../../modules/group-buy/types"
import {
  createCampaignStep,
  updateCampaignStep,
  validateCampaignStep,
  type CampaignInput,
  type CampaignPatch,
} from "./steps/campaign"
import { groupBuyService } from "./utils/service"

export const createGroupBuyCampaignWorkflowId = "create-group-buy-campaign"
/** Operators create a campaign with its tiers (a draft unless `status: "active"`). */
export const createGroupBuyCampaignWorkflow = createWorkflow(
  createGroupBuyCampaignWorkflowId,
  (input: { campaign: CampaignInput }) => {
    const valid = validateCampaignStep(transform({ input }, ({ input }) => ({ id: null, campaign: input.campaign })))
    const created = createCampaignStep(valid)
    return new WorkflowResponse(created)
  }
)

export const updateGroupBuyCampaignWorkflowId = "update-group-buy-campaign"
/**
 * Operators edit a campaign. Kind, product, variants, group size and tiers change only while it is a draft
 * (live groups are priced by them); title, window, limits, stock cap and auto-fill any time.
 */
export const updateGroupBuyCampaignWorkflow = createWorkflow(
  updateGroupBuyCampaignWorkflowId,
  (input: { id: string; patch: CampaignPatch }) => {
    validateCampaignStep(transform({ input }, ({ input }) => ({ id: input.id, campaign: input.patch })))
    const updated = updateCampaignStep(input)
    return new WorkflowResponse(updated)
  }
)

const TRANSITIONS: Record<CampaignStatus, CampaignStatus[]> = { draft: ["active", "ended"], active: ["ended"], ended: [] }

export const validateCampaignStatusStepId = "validate-group-buy-campaign-status"
export const validateCampaignStatusStep = createStep(
  validateCampaignStatusStepId,
  async (input: { id: string; status: CampaignStatus }, { container }) => {
    const [c] = await groupBuyService(container).listGroupBuyCampaigns({ id: input.id }, { select: ["id", "status"] })
    if (!c) {
      throw notFound("campaign_not_found", `Group-buy campaign ${input.id} was not found`)
    }
    if (!TRANSITIONS[c.status as CampaignStatus].includes(input.status)) {
      throw refused("campaign_status_invalid", `Campaign ${c.id} is ${c.status}; it cannot become ${input.status}`)
    }
    return new StepResponse(c.status)
  }
)

export const setGroupBuyCampaignStatusWorkflowId = "set-group-buy-campaign-status"
/**
 * draft → active (joins open within the window), draft/active → ended (no more joins; groups still open run
 * to their own expiry and succeed or fail as usual).
 */
export const setGroupBuyCampaignStatusWorkflow = createWorkflow(
  setGroupBuyCampaignStatusWorkflowId,
  (input: { id: string; status: CampaignStatus }) => {
    validateCampaignStatusStep(input)
    const updated = updateCampaignStep(transform({ input }, ({ input }) => ({ id: input.id, patch: { status: input.status } })))
    return new WorkflowResponse(updated)
  }
)
