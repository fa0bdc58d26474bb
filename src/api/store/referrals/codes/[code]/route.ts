import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../lib/errors"
import { referrerForCode } from "../../../../../workflows/coupon/utils/referral"
import { customersById, maskedName } from "../../../../../workflows/coupon/utils/people"

/** GET /store/referrals/codes/:code: who a shared code belongs to (masked), for an invitation landing page. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const owner = await referrerForCode(req.scope, req.params.code).catch(() => {
    throw notFound("referral_code_invalid", `No customer has the referral code ${req.params.code}`)
  })
  const people = await customersById(req.scope, [owner.customer_id])
  res.json({ code: owner.code, referrer: { display_name: maskedName(people.get(owner.customer_id)) } })
}
