import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { invalid } from "../../../../../lib/errors"
import { normalizePhone } from "../../../../../modules/account/utils/phone"
import { accountService } from "../../../../../workflows/account/utils/account-service"
import type { StoreRequestPhoneOtpType } from "../../validators"

/**
 * POST /store/auth/phone-otp/request { phone }: texts a login code (6 digits, 5 minutes). The same answer whether
 * or not the phone has an account. Throttled per phone: 429 `otp_throttled` with `retry_after_seconds`.
 */
export const POST = async (req: MedusaRequest<StoreRequestPhoneOtpType>, res: MedusaResponse) => {
  const phone = normalizePhone(req.validatedBody.phone)
  if (!phone) {
    throw invalid("phone_invalid", "phone must be a mobile number, e.g. 13800138000 or +8613800138000")
  }
  const result = await accountService(req.scope).requestOtp({ phone, scope: "customer" })
  if (!result.ok) {
    res.setHeader("Retry-After", String(result.retry_after_seconds))
    res.status(429).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: result.code,
      message: `A code was sent to ${phone} recently: try again in ${result.retry_after_seconds} s`,
      retry_after_seconds: result.retry_after_seconds,
    })
    return
  }
  res.status(201).json({ phone, expires_at: result.expires_at, resend_at: result.resend_at })
}
