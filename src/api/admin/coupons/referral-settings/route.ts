import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateReferralSettingsWorkflow } from "../../../../workflows/coupon"
import { couponService } from "../../../../workflows/coupon/utils/coupon-service"
import { loyaltyPort } from "../../../../workflows/coupon/utils/loyalty"
import type { AdminUpdateReferralSettingsType } from "../validators"

/** GET /admin/coupons/referral-settings: the invite-a-friend rewards, and whether points are possible. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const settings = await couponService(req.scope).getReferralSettings()
  res.json({ settings, loyalty_available: !!loyaltyPort(req.scope) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateReferralSettingsType>, res: MedusaResponse) => {
  const { result } = await updateReferralSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result, loyalty_available: !!loyaltyPort(req.scope) })
}
