/**
 * Medusa's auth routes turn a provider's failure into `401 { message }`: the provider can only hand back a
 * message. The phone-otp provider puts its stable code in front (`otp_invalid: …`); the middleware on the
 * `/auth/customer/phone-otp` routes (src/api/auth/phone-otp) lifts it into the response's `code`.
 */
export const PHONE_OTP_ERROR_CODES = [
  "phone_invalid",
  "otp_invalid",
  "otp_expired",
  "otp_attempts_exceeded",
  "phone_not_registered",
  "phone_already_registered",
] as const

export type PhoneOtpErrorCode = (typeof PHONE_OTP_ERROR_CODES)[number]

export function codedMessage(code: PhoneOtpErrorCode, message: string): string {
  return `${code}: ${message}`
}

export function parseCodedMessage(message: unknown): { code: PhoneOtpErrorCode; message: string } | null {
  if (typeof message !== "string") {
    return null
  }
  const m = /^([a-z_]+): (.*)$/s.exec(message)
  if (!m || !(PHONE_OTP_ERROR_CODES as readonly string[]).includes(m[1])) {
    return null
  }
  return { code: m[1] as PhoneOtpErrorCode, message: m[2] }
}
