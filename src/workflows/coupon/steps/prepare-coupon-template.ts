import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict, invalid } from "../../../lib/errors"
import { getStoreSettings } from "../../../lib/store-settings"
import type { TemplateTerms } from "../../../modules/coupon/types"
import { templateTermsProblems } from "../../../modules/coupon/utils/template-terms"
import type { CouponTemplateFields, CouponTemplateUpdate } from "../types"

export type PreparedTemplate = TemplateTerms & {
  description_zh: string | null
  description_en: string | null
  issue_on_register: boolean
  metadata: Record<string, unknown> | null
}

export type ExistingTemplate = PreparedTemplate & {
  claimed_count: number
  campaign_id: string | null
  promotion_id: string | null
  promotion_code: string | null
  cap_promotion_id: string | null
  cap_promotion_code: string | null
}

const DEFAULTS = {
  description_zh: null,
  description_en: null,
  max_discount: null,
  min_subtotal: null,
  scope: "order" as const,
  scope_ids: [],
  total_stock: null,
  per_customer_limit: 1,
  per_customer_daily_limit: null,
  audience: "everyone" as const,
  audience_tiers: [],
  starts_at: null,
  ends_at: null,
  valid_from: null,
  valid_until: null,
  valid_days: null,
  stackable: false,
  issue_on_register: false,
  status: "active" as const,
  metadata: null,
}

/** The terms a template will have after this create (no `existing`) or update, validated as a whole. */
export function mergeTemplateTerms(
  data: CouponTemplateFields | CouponTemplateUpdate,
  existing?: ExistingTemplate
): PreparedTemplate {
  if (existing) {
    return { ...existing, ...data, id: existing.id, type: existing.type, currency_code: existing.currency_code }
  }
  const fields = data as CouponTemplateFields
  return {
    ...DEFAULTS,
    ...fields,
    id: generateEntityId(undefined, "cptpl"),
    currency_code: (fields.currency_code ?? getStoreSettings().currencyCode).toLowerCase(),
    claimed_count: 0,
  }
}

export const prepareCouponTemplateStepId = "prepare-coupon-template"

/** Validates the merged terms; on update, the stock may not drop below what was already claimed. */
export const prepareCouponTemplateStep = createStep(
  prepareCouponTemplateStepId,
  async (input: { data: CouponTemplateFields | CouponTemplateUpdate; existing?: ExistingTemplate }) => {
    const terms = mergeTemplateTerms(input.data, input.existing)
    const problems = templateTermsProblems(terms)
    if (problems.length) {
      throw invalid("coupon_template_invalid", problems.join("; "))
    }
    if (input.existing && terms.total_stock !== null && terms.total_stock !== undefined && terms.total_stock < input.existing.claimed_count) {
      throw conflict(
        "coupon_stock_below_claimed",
        `Template ${input.existing.id} already has ${input.existing.claimed_count} claims; total_stock cannot be ${terms.total_stock}`
      )
    }
    return new StepResponse(terms)
  }
)
