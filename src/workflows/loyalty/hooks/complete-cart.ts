import { MathBN } from "@medusajs/framework/utils"
import { invalid, refused } from "../../../lib/errors"
import { quoteRedeem } from "../../../modules/loyalty/utils/points"
import type { CompleteCartValidateInput, HookHandler } from "../../hooks/registry"
import { POINTS_CREDIT_REFERENCE } from "../utils/cart-credit"
import { loyaltyService } from "../utils/loyalty-service"

type Undo = { redemption_id: string; debit_count: number }
type CreditLine = { reference?: string | null; reference_id?: string | null } | null

/**
 * At cart completion: the points quoted on the cart are debited (oldest lots first, under the customer's
 * account lock), so concurrent orders can never spend the same points twice; a balance that no longer
 * covers them refuses the order with `insufficient_points`, a cart whose items shrank below the cap with
 * `points_cap_exceeded`. A later failure of the completion gives exactly that debit back.
 */
export const loyaltyCompleteCartHandler: HookHandler<CompleteCartValidateInput, Undo> = {
  name: "loyalty",
  async run({ cart }, container) {
    if (cart.completed_at) {
      return
    }
    const lines = ((cart.credit_lines ?? []) as CreditLine[]).filter((l) => l?.reference === POINTS_CREDIT_REFERENCE)
    if (!lines.length && !cart.customer_id) {
      return // a guest cart: points are for customers only (nothing to look up)
    }
    const service = loyaltyService(container)
    const live = await service.listLoyaltyRedemptions({ cart_id: cart.id, status: ["quoted", "debited"] })
    if (!lines.length && !live.length) {
      return
    }
    const r = live[0]
    if (!r || lines.length !== 1 || lines[0]!.reference_id !== r.id) {
      throw invalid("points_redemption_invalid", `Points on cart ${cart.id} are out of date; remove them and apply them again`)
    }
    if (r.status === "debited") {
      return
    }
    const settings = await service.getSettings()
    const quote = quoteRedeem({
      itemTotal: MathBN.convert((cart.item_total ?? 0) as number),
      balance: Number.MAX_SAFE_INTEGER,
      pointsPerUnit: settings.redeem_points_per_unit,
      maxShare: settings.redeem_max_share,
      currencyCode: cart.currency_code,
    })
    if (r.points > quote.max_points) {
      throw refused(
        "points_cap_exceeded",
        `Cart ${cart.id} now allows at most ${quote.max_points} points, ${r.points} are applied; apply fewer points`
      )
    }
    const res = await service.debitRedemption({ redemption_id: r.id, cart_id: cart.id, customer_id: cart.customer_id ?? null })
    return res.created ? { redemption_id: r.id, debit_count: res.debit_count } : undefined
  },
  async compensate(undo, container) {
    if (!undo) {
      return
    }
    await loyaltyService(container).restoreRedemption({ redemption_id: undo.redemption_id, to: "quoted", debit_count: undo.debit_count })
  },
}
