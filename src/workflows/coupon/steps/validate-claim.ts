import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, notFound, refused } from "../../../lib/errors"
import { storeDay } from "../../../lib/store-settings"
import type { ClaimInput, ClaimSource } from "../../../modules/coupon/types"
import { CLAIM_REFUSAL_MESSAGES, claimRefusal, type ClaimRefusal } from "../../../modules/coupon/utils/claimability"
import { claimValidity } from "../../../modules/coupon/utils/validity"
import { audienceFacts } from "../utils/audience"
import { couponService } from "../utils/coupon-service"
import { loadTemplate } from "./load-coupon-template"

function refusal(code: ClaimRefusal) {
  const message = CLAIM_REFUSAL_MESSAGES[code]
  return code === "coupon_out_of_stock" ? conflict(code, message) : refused(code, message)
}

/** Validity of a coupon claimed now; a coupon that would be born expired is not handed out. */
function validityOrRefuse(template: Parameters<typeof claimValidity>[0], now: Date) {
  const validity = claimValidity(template, now)
  if (validity.expires_at && (validity.expires_at <= now || validity.expires_at <= validity.valid_from)) {
    throw refusal("coupon_ended")
  }
  return validity
}

export const validateCustomerClaimStepId = "validate-customer-claim"

/**
 * A customer's own claim: window, status, audience and the limits as they stand (the limits and the stock
 * are enforced again, under a lock, by the claim itself).
 */
export const validateCustomerClaimStep = createStep(
  validateCustomerClaimStepId,
  async (input: { template_id: string; customer_id: string; now?: Date }, { container }) => {
    const now = input.now ? new Date(input.now) : new Date()
    const template = await loadTemplate(container, input.template_id)
    const day = storeDay(now)
    const [facts, counts] = await Promise.all([
      audienceFacts(container, input.customer_id, { tier: template.audience === "tiers" }),
      couponService(container).countCustomerClaims([template.id], input.customer_id, day),
    ])
    const code = claimRefusal(template, now, facts, counts.get(template.id) ?? { total: 0, today: 0 })
    if (code) {
      throw refusal(code)
    }
    const claim: ClaimInput = {
      template_id: template.id,
      customer_id: input.customer_id,
      source: "claim",
      enforce_limits: true,
      claim_day: day,
      ...validityOrRefuse(template, now),
    }
    return new StepResponse(claim)
  }
)

export const validateIssueStepId = "validate-coupon-issue"

export type IssueInput = {
  template_id: string
  customer_id: string
  source: Exclude<ClaimSource, "claim">
  source_key?: string | null
  issued_by?: string | null
  note?: string | null
  now?: Date
}

/**
 * An issue (by an operator, on registration, as a referral reward): any audience and outside the claim
 * window, no per-customer limit, but only from an active template, within its stock, to an existing customer.
 */
export const validateIssueStep = createStep(validateIssueStepId, async (input: IssueInput, { container }) => {
  const now = input.now ? new Date(input.now) : new Date()
  const template = await loadTemplate(container, input.template_id)
  if (template.status !== "active") {
    throw refusal("coupon_disabled")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
  if (!data.length) {
    throw notFound("customer_not_found", `Customer ${input.customer_id} was not found`)
  }
  const claim: ClaimInput = {
    template_id: template.id,
    customer_id: input.customer_id,
    source: input.source,
    source_key: input.source_key ?? null,
    enforce_limits: false,
    claim_day: storeDay(now),
    issued_by: input.issued_by ?? null,
    note: input.note ?? null,
    ...validityOrRefuse(template, now),
  }
  return new StepResponse(claim)
})
