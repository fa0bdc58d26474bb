import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid } from "../../../lib/errors"
import { isWellFormedReferralCode, normalizeReferralCode, referralShareUrl } from "../../../modules/coupon/utils/referral-code"
import { couponService } from "./coupon-service"

/** Where share links point: the storefront (env STOREFRONT_URL, default the Store CORS origin). */
export function storefrontUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.STOREFRONT_URL || (env.STORE_CORS || "http://localhost:8000").split(",")[0]
}

/** A customer's share link for a storefront page (home by default), carrying their referral code. */
export async function shareLinkFor(container: MedusaContainer, customerId: string, path = "/") {
  const { code } = await couponService(container).getOrCreateReferralCode(customerId)
  return { code, url: referralShareUrl(storefrontUrl(), code, path) }
}

/** Resolves a typed or shared code to its owner, who must be an existing customer (else 400 referral_code_invalid). */
export async function referrerForCode(container: MedusaContainer, rawCode: string): Promise<{ customer_id: string; code: string }> {
  const code = normalizeReferralCode(rawCode)
  if (!isWellFormedReferralCode(code)) {
    throw invalid("referral_code_invalid", `"${rawCode}" is not a referral code`)
  }
  const [owner] = await couponService(container).listReferralCodes({ code }, { take: 1 })
  if (!owner) {
    throw invalid("referral_code_invalid", `No customer has the referral code ${code}`)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: owner.customer_id } })
  if (!data.length) {
    throw invalid("referral_code_invalid", `The owner of referral code ${code} is no longer a customer`)
  }
  return { customer_id: owner.customer_id, code }
}

export async function bindReferralByCode(
  container: MedusaContainer,
  input: { invitee_id: string; code: string; source: "register" | "bind" | "share" }
) {
  const referrer = await referrerForCode(container, input.code)
  return couponService(container).bindReferral({
    invitee_id: input.invitee_id,
    referrer_id: referrer.customer_id,
    code: referrer.code,
    source: input.source,
  })
}
