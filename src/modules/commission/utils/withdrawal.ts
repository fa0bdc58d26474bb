import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { invalid, refused } from "../../../lib/errors"
import { currencyDigits, roundMoney } from "../../../lib/money"

export type WithdrawalTerms = {
  withdrawal_min_amount: BigNumberInput
  withdrawal_fee_percent: BigNumberInput
  withdrawal_fee_fixed: BigNumberInput
}

/**
 * The fee and the net payout of a withdrawal of `amount`: fee = amount × percent + fixed, rounded to the
 * minor unit; net = amount − fee (they add up to the amount). Refuses amounts that are not whole minor
 * units (`invalid_amount`), below the minimum (`withdrawal_below_minimum`) or eaten by the fee
 * (`withdrawal_fee_exceeds_amount`).
 */
export function withdrawalQuote(amount: BigNumberInput, terms: WithdrawalTerms, currencyCode: string) {
  const a = MathBN.convert(amount)
  if (!a.isFinite() || a.lte(0) || a.decimalPlaces()! > currencyDigits(currencyCode)) {
    throw invalid("invalid_amount", `A withdrawal must be a positive amount in whole minor units, got ${a.toString()}`)
  }
  if (a.lt(MathBN.convert(terms.withdrawal_min_amount))) {
    throw refused(
      "withdrawal_below_minimum",
      `The smallest withdrawal is ${MathBN.convert(terms.withdrawal_min_amount).toString()} ${currencyCode.toUpperCase()}`
    )
  }
  const fee = roundMoney(
    MathBN.add(MathBN.div(MathBN.mult(a, terms.withdrawal_fee_percent), 100), terms.withdrawal_fee_fixed),
    currencyCode
  )
  const net = MathBN.sub(a, fee)
  if (net.lte(0)) {
    throw refused("withdrawal_fee_exceeds_amount", `The fee ${fee.toString()} leaves nothing of ${a.toString()}`)
  }
  return { amount: a.toString(), fee: MathBN.convert(fee).toString(), net_amount: net.toString() }
}
