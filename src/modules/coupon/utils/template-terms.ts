import { MathBN } from "@medusajs/framework/utils"
import type { TemplateTerms } from "../types"
import { toDate } from "./dates"

const isSet = (v: unknown) => v !== null && v !== undefined
const isInt = (v: unknown, min: number) => typeof v === "number" && Number.isInteger(v) && v >= min

/**
 * Consistency rules of a template's terms, checked on create and on the merged result of an update.
 * Returns human-readable problems (empty = valid).
 */
export function templateTermsProblems(t: Omit<TemplateTerms, "id" | "claimed_count"> & { issue_on_register?: boolean }): string[] {
  const problems: string[] = []
  const add = (p: string) => problems.push(p)
  if (!t.name_zh?.trim() || !t.name_en?.trim()) add("name_zh and name_en are required")
  if (!MathBN.gt(t.value, 0)) add("value must be greater than 0")
  if (t.type === "percentage") {
    if (!MathBN.lt(t.value, 100)) add("a percentage value must be below 100")
    if (!isSet(t.max_discount) || !MathBN.gt(t.max_discount!, 0)) add("a percentage coupon needs max_discount (its cap) above 0")
  } else if (isSet(t.max_discount)) {
    add("max_discount only applies to percentage coupons")
  }
  if (t.type === "threshold") {
    if (!isSet(t.min_subtotal) || !MathBN.gt(t.min_subtotal!, 0)) add("a threshold coupon needs min_subtotal above 0")
    else if (MathBN.gt(t.value, t.min_subtotal!)) add("a threshold coupon cannot take off more than its min_subtotal")
  }
  if (t.type === "fixed" && isSet(t.min_subtotal)) add("a fixed coupon has no min_subtotal (use a threshold coupon)")
  if (t.scope === "order" && t.scope_ids.length) add("scope_ids must be empty when scope is order")
  if (t.scope !== "order" && !t.scope_ids.length) add(`scope ${t.scope} needs scope_ids`)
  if (isSet(t.total_stock) && !isInt(t.total_stock, 0)) add("total_stock must be a whole number >= 0")
  if (!isInt(t.per_customer_limit, 1)) add("per_customer_limit must be a whole number >= 1")
  if (isSet(t.per_customer_daily_limit)) {
    if (!isInt(t.per_customer_daily_limit, 1)) add("per_customer_daily_limit must be a whole number >= 1")
    else if (t.per_customer_daily_limit! > t.per_customer_limit) add("per_customer_daily_limit cannot exceed per_customer_limit")
  }
  if (t.audience === "tiers" && !t.audience_tiers.length) add("audience tiers needs audience_tiers")
  if (t.audience !== "tiers" && t.audience_tiers.length) add("audience_tiers only apply to audience tiers")
  if (t.issue_on_register && t.audience === "tiers") add("a coupon for tiers cannot be issued on registration")
  const starts = toDate(t.starts_at)
  const ends = toDate(t.ends_at)
  if (starts && ends && starts >= ends) add("starts_at must be before ends_at")
  if (t.validity_type === "fixed") {
    const from = toDate(t.valid_from)
    const until = toDate(t.valid_until)
    if (!until) add("fixed validity needs valid_until")
    if (from && until && from >= until) add("valid_from must be before valid_until")
    if (until && ends && until < ends) add("valid_until cannot be before the claim window ends")
    if (isSet(t.valid_days)) add("valid_days only applies to relative validity")
  } else {
    if (!isInt(t.valid_days, 1)) add("relative validity needs valid_days >= 1")
    if (isSet(t.valid_from) || isSet(t.valid_until)) add("valid_from/valid_until only apply to fixed validity")
  }
  return problems
}
