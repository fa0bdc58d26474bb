import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { conflict } from "../../../lib/errors"
import { couponService } from "../utils/coupon-service"
import type { PromotionIds } from "../utils/promotion-sync"
import type { ExistingTemplate, PreparedTemplate } from "./prepare-coupon-template"

/** The columns an operator edits (counters and ids are never written from here). */
function editable(t: PreparedTemplate) {
  const { claimed_count: _claimed, ...rest } = t
  return {
    id: rest.id,
    name_zh: rest.name_zh,
    name_en: rest.name_en,
    description_zh: rest.description_zh,
    description_en: rest.description_en,
    type: rest.type,
    value: Number(rest.value),
    max_discount: rest.max_discount === null || rest.max_discount === undefined ? null : Number(rest.max_discount),
    min_subtotal: rest.min_subtotal === null || rest.min_subtotal === undefined ? null : Number(rest.min_subtotal),
    currency_code: rest.currency_code,
    scope: rest.scope,
    scope_ids: rest.scope_ids,
    total_stock: rest.total_stock ?? null,
    per_customer_limit: rest.per_customer_limit,
    per_customer_daily_limit: rest.per_customer_daily_limit ?? null,
    audience: rest.audience,
    audience_tiers: rest.audience_tiers,
    starts_at: rest.starts_at ? new Date(rest.starts_at) : null,
    ends_at: rest.ends_at ? new Date(rest.ends_at) : null,
    validity_type: rest.validity_type,
    valid_from: rest.valid_from ? new Date(rest.valid_from) : null,
    valid_until: rest.valid_until ? new Date(rest.valid_until) : null,
    valid_days: rest.valid_days ?? null,
    stackable: rest.stackable,
    issue_on_register: rest.issue_on_register,
    status: rest.status,
    metadata: rest.metadata,
  }
}

export const createCouponTemplateStepId = "create-coupon-template"

export const createCouponTemplateStep = createStep(
  createCouponTemplateStepId,
  async (input: { template: PreparedTemplate; promotions: PromotionIds }, { container }) => {
    const [created] = await couponService(container).createCouponTemplates([{ ...editable(input.template), ...input.promotions }])
    return new StepResponse(created, created.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) {
      await couponService(container).deleteCouponTemplates([id])
    }
  }
)

export const updateCouponTemplateStepId = "update-coupon-template"

const isCheckViolation = (err: unknown) => (err as { code?: string })?.code === "23514" || /check constraint/.test(String((err as Error)?.message))

export const updateCouponTemplateStep = createStep(
  updateCouponTemplateStepId,
  async (input: { template: PreparedTemplate; previous: ExistingTemplate }, { container }) => {
    try {
      const updated = await couponService(container).updateCouponTemplates(editable(input.template))
      return new StepResponse(updated, input.previous)
    } catch (err) {
      if (isCheckViolation(err)) {
        throw conflict("coupon_stock_below_claimed", `Template ${input.template.id}: total_stock is below the coupons already claimed`)
      }
      throw err
    }
  },
  async (previous: ExistingTemplate | undefined, { container }) => {
    if (previous) {
      await couponService(container).updateCouponTemplates(editable(previous))
    }
  }
)

export const deleteCouponTemplateStepId = "delete-coupon-template"

/** Soft-deletes a template only while nobody has claimed it (one conditional update, race-free). */
export const deleteCouponTemplateStep = createStep(
  deleteCouponTemplateStepId,
  async (id: string, { container }) => {
    const deleted = await couponService(container).softDeleteUnclaimedTemplate(id)
    if (!deleted) {
      throw conflict("coupon_template_in_use", `Coupon template ${id} has claims; disable it instead of deleting it`)
    }
    return new StepResponse(id, id)
  },
  async (id: string | undefined, { container }) => {
    if (id) {
      await couponService(container).restoreCouponTemplates([id])
    }
  }
)
