import { MathBN } from "@medusajs/framework/utils"
import { conflict, refused } from "../../../lib/errors"
import { roundMoney } from "../../../lib/money"
import { audienceRefusal } from "../../../modules/coupon/utils/claimability"
import { evaluateCartCoupons } from "../../../modules/coupon/utils/eligibility"
import { COUPON_CODE_PREFIX, promotionCode } from "../../../modules/coupon/utils/promotion-spec"
import type { CompleteCartValidateInput, HookHandler } from "../../hooks/registry"
import { audienceFacts } from "../utils/audience"
import { appliedCoupons, categoriesOfProducts, toCartFacts } from "../utils/cart-facts"
import { couponService } from "../utils/coupon-service"

type Undo = { cart_id: string; claim_ids: string[] }
type Adjustment = { code?: string | null; amount?: unknown }

/** Coupon discounts on the cart, by promotion code. */
function couponDiscounts(cart: CompleteCartValidateInput["cart"]): Map<string, ReturnType<typeof MathBN.convert>> {
  const byCode = new Map<string, ReturnType<typeof MathBN.convert>>()
  const adjustments: Adjustment[] = [
    ...(cart.items ?? []).flatMap((i: { adjustments?: Adjustment[] }) => i?.adjustments ?? []),
    ...(cart.shipping_methods ?? []).flatMap((m: { adjustments?: Adjustment[] }) => m?.adjustments ?? []),
  ]
  for (const a of adjustments) {
    if (a?.code?.startsWith(COUPON_CODE_PREFIX)) {
      byCode.set(a.code, (byCode.get(a.code) ?? MathBN.convert(0)).plus(MathBN.convert(a.amount as number)))
    }
  }
  return byCode
}

const templateCodes = (templateId: string) => [promotionCode(templateId, "main"), promotionCode(templateId, "cap")]

/**
 * At cart completion: every coupon discount on the cart must come from a claim of this customer that is still
 * valid (window, audience, threshold, stacking, not used elsewhere); those claims are then marked used, once.
 * Costs nothing for carts without a coupon discount. A later failure of the completion returns them.
 */
export const couponCompleteCartHandler: HookHandler<CompleteCartValidateInput, Undo> = {
  name: "coupon",
  async run({ cart }, container) {
    if (cart.completed_at) {
      return
    }
    const discounts = couponDiscounts(cart)
    if (!discounts.size) {
      return
    }
    const now = new Date()
    const applied = await appliedCoupons(container, cart.id)
    const needsCategories = applied.some((a) => a.template.scope === "categories")
    const productIds = (cart.items ?? []).map((i: { product_id?: string }) => i?.product_id).filter(Boolean)
    const facts = toCartFacts(cart as Parameters<typeof toCartFacts>[0], needsCategories ? await categoriesOfProducts(container, productIds) : new Map())
    const { accepted, rejected } = evaluateCartCoupons(facts, applied, now)
    const byTemplate = new Map(applied.map((a) => [a.template.id, a.template]))
    const uses: { claim_id: string; discount_total: string }[] = []
    const codesCovered = new Set<string>()
    for (const a of accepted) {
      const t = byTemplate.get(a.template_id)!
      const codes = templateCodes(t.id).filter((c) => discounts.has(c))
      if (!codes.length) {
        continue
      }
      codes.forEach((c) => codesCovered.add(c))
      const total = codes.reduce((sum, c) => sum.plus(discounts.get(c)!), MathBN.convert(0))
      uses.push({ claim_id: a.claim_id, discount_total: roundMoney(total, t.currency_code).toString() })
    }
    const uncovered = [...discounts.keys()].filter((c) => !codesCovered.has(c))
    if (uncovered.length) {
      const reason = rejected.find((r) => {
        const t = byTemplate.get(r.template_id)
        return t && templateCodes(t.id).some((c) => uncovered.includes(c))
      })
      const code = reason?.reason ?? "coupon_unavailable"
      const message = `A coupon on cart ${cart.id} can no longer be used (${code}); remove it or refresh the cart`
      throw code === "coupon_already_used" ? conflict(code, message) : refused(code, message)
    }
    if (!uses.length) {
      return
    }
    const customerId = facts.customer_id!
    const usedTemplates = uses.map((u) => applied.find((a) => a.claim.id === u.claim_id)!.template)
    if (usedTemplates.some((t) => t.audience === "new_customers" || t.audience === "tiers")) {
      const who = await audienceFacts(container, customerId, { tier: usedTemplates.some((t) => t.audience === "tiers") })
      for (const t of usedTemplates) {
        const refusal = audienceRefusal(t, who)
        if (refusal) {
          throw refused(refusal, `Coupon ${t.id} cannot be used by customer ${customerId} (${refusal})`)
        }
      }
    }
    const claimIds = await couponService(container).consumeClaims({ cart_id: cart.id, customer_id: customerId, uses, now })
    return { cart_id: cart.id, claim_ids: claimIds }
  },
  async compensate(undo, container) {
    if (!undo?.claim_ids.length) {
      return
    }
    await couponService(container).releaseClaims({ cart_id: undo.cart_id, claim_ids: undo.claim_ids })
  },
}
