import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { allocate, roundMoney } from "../../../lib/money"

export type ReversibleEntry = { id: string; amount: BigNumberInput; reversed: BigNumberInput }

export type ReversalPlan = {
  /** The order's cumulative reversal target after this refund/cancellation. */
  target_total: string
  /** Per accrual, the (positive) amount to reverse now; they add up to target_total − already reversed. */
  parts: { entry_id: string; amount: string }[]
}

/**
 * How much of an order's commission to reverse after a refund or a cancellation, and from which accruals.
 *
 * The order's target is its commission × the refunded share of what was paid for the items (capped at
 * 100%: shipping is not commissioned, so a refund beyond the items total reverses everything), or all of
 * it when canceled; rounded to the minor unit. The targets only grow (refunds are cumulative), so each
 * refund reverses the difference to the previous target. That difference is split over the accruals in
 * proportion to what is left of each (largest remainder: the parts add up to the fen and no accrual is
 * ever reversed beyond its amount); at 100% every accrual is reversed exactly.
 */
export function planReversal(input: {
  commission_total: BigNumberInput
  items_total: BigNumberInput
  refunded: BigNumberInput
  canceled: boolean
  reversed_total: BigNumberInput
  entries: ReversibleEntry[]
  currency_code: string
}): ReversalPlan {
  const commission = MathBN.convert(input.commission_total)
  const items = MathBN.convert(input.items_total)
  const refunded = MathBN.convert(input.refunded)
  let share = MathBN.convert(0)
  if (input.canceled) {
    share = MathBN.convert(1)
  } else if (refunded.gt(0)) {
    share = items.lte(0) ? MathBN.convert(1) : MathBN.min(MathBN.div(refunded, items), 1)
  }
  const target = MathBN.min(roundMoney(MathBN.mult(commission, share), input.currency_code), commission)
  const already = MathBN.convert(input.reversed_total)
  const due = MathBN.sub(target, already)
  const targetTotal = MathBN.max(target, already).toString()
  if (due.lte(0)) {
    return { target_total: targetTotal, parts: [] }
  }
  const remaining = input.entries.map((e) => MathBN.max(MathBN.sub(e.amount, e.reversed), 0))
  const amounts = allocate(due, remaining, input.currency_code)
  return {
    target_total: targetTotal,
    parts: input.entries
      .map((e, i) => ({ entry_id: e.id, amount: MathBN.convert(amounts[i]).toString() }))
      .filter((p) => MathBN.gt(p.amount, 0)),
  }
}
