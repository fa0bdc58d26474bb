import type { TemplateTerms } from "../types"
import { promotionKey } from "./eligibility"
import { campaignWindow } from "./validity"

/**
 * The promotion context attribute our promotions' rule reads. The setPromotionContext hook puts the keys of
 * the coupons that take effect in a cart there (`{ coupon_wallet: { applied: ["cptpl_…", "cptpl_…:cap"] } }`),
 * so a coupon promotion applies exactly to the carts where its holder applied an eligible claim, and Medusa's
 * rule prefilter skips it for every other cart.
 */
export const COUPON_CONTEXT_ATTRIBUTE = "coupon_wallet.applied"

/** Every coupon promotion code starts with this, so completion can skip carts without any at no cost. */
export const COUPON_CODE_PREFIX = "CPN-"

export function promotionCode(templateId: string, variant: "main" | "cap"): string {
  const base = `${COUPON_CODE_PREFIX}${templateId.toUpperCase()}`
  return variant === "cap" ? `${base}-CAP` : base
}

export type PromotionVariantSpec = {
  variant: "main" | "cap"
  code: string
  status: "active" | "inactive"
  application_method: {
    type: "fixed" | "percentage"
    target_type: "order" | "items"
    allocation: "across"
    value: number
    currency_code: string
    target_rules: { attribute: string; operator: "in"; values: string[] }[]
  }
  rules: { attribute: string; operator: "in"; values: string[] }[]
}

export type PromotionSpec = {
  campaign: {
    name: string
    campaign_identifier: string
    description: string
    starts_at: Date | null
    ends_at: Date | null
    /** Usage budget = stock: Medusa itself never lets more orders use the template than coupons exist. */
    budget_limit: number | null
  }
  promotions: PromotionVariantSpec[]
}

const TARGET_ATTRIBUTE = {
  categories: "items.product.categories.id",
  products: "items.product.id",
} as const

/**
 * The Medusa campaign and promotions that back a template, computed from its terms alone: creating and
 * syncing both converge the promotion module to this. A capped percentage has two promotions: the percentage
 * one and a fixed one worth the cap; our context picks the one that gives min(percentage, cap).
 */
export function promotionSpec(t: TemplateTerms): PromotionSpec {
  const window = campaignWindow(t)
  const targetRules =
    t.scope === "order" ? [] : [{ attribute: TARGET_ATTRIBUTE[t.scope], operator: "in" as const, values: [...t.scope_ids] }]
  const status = t.status === "active" ? ("active" as const) : ("inactive" as const)
  const variant = (
    v: "main" | "cap",
    type: "fixed" | "percentage",
    value: number
  ): PromotionVariantSpec => ({
    variant: v,
    code: promotionCode(t.id, v),
    status,
    application_method: {
      type,
      target_type: t.scope === "order" ? "order" : "items",
      allocation: "across",
      value,
      currency_code: t.currency_code,
      target_rules: targetRules,
    },
    rules: [{ attribute: COUPON_CONTEXT_ATTRIBUTE, operator: "in", values: [promotionKey(t.id, v)] }],
  })
  const promotions =
    t.type === "percentage"
      ? [variant("main", "percentage", Number(t.value)), variant("cap", "fixed", Number(t.max_discount))]
      : [variant("main", "fixed", Number(t.value))]
  return {
    campaign: {
      name: `${t.name_zh} ${t.name_en}`.trim(),
      campaign_identifier: `coupon:${t.id}`,
      description: `Coupon template ${t.id} (managed by the coupon module)`,
      starts_at: window.starts_at,
      ends_at: window.ends_at,
      budget_limit: t.total_stock ?? null,
    },
    promotions,
  }
}
