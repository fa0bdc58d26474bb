import { invalid } from "../../../lib/errors"
import type { CustomersCreatedInput, HookHandler } from "../../hooks/registry"
import { bindReferralByCode } from "../utils/referral"
import { couponService } from "../utils/coupon-service"

type Undo = { referral_ids: string[] }

/**
 * Registration with a referral code: `POST /store/customers` with `metadata.referral_code` (from a share link,
 * `?ref=<code>`, or typed in) binds the new customer to the code's owner in the same workflow. An unknown code
 * refuses the registration with 400 referral_code_invalid (nothing is created), so the storefront can tell the
 * customer and retry without it. `metadata.referral_source: "share"` records that the code came from a share.
 */
export const referralCustomersCreatedHandler: HookHandler<CustomersCreatedInput, Undo> = {
  name: "referral",
  async run({ customers }, container) {
    const referralIds: string[] = []
    for (const customer of customers) {
      const raw = customer.metadata?.referral_code
      if (raw === undefined || raw === null || raw === "") {
        continue
      }
      if (typeof raw !== "string") {
        throw invalid("referral_code_invalid", "metadata.referral_code must be a string")
      }
      const source = customer.metadata?.referral_source === "share" ? "share" : "register"
      const referral = await bindReferralByCode(container, { invitee_id: customer.id, code: raw, source })
      referralIds.push(referral.id)
    }
    return referralIds.length ? { referral_ids: referralIds } : undefined
  },
  async compensate(undo, container) {
    if (undo?.referral_ids.length) {
      await couponService(container).deleteReferrals(undo.referral_ids)
    }
  },
}
