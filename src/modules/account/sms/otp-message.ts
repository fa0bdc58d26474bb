import type { SmsMessage } from "./types"

/** The login code text message (zh-CN, as mainland gateways require a signed Chinese template). */
export function otpMessage(to: string, code: string, ttlSeconds: number): SmsMessage {
  const minutes = Math.max(1, Math.round(ttlSeconds / 60))
  return {
    to,
    template: "auth.otp",
    data: { code, minutes },
    text: `您的验证码是 ${code}，${minutes} 分钟内有效。请勿告诉他人。Your code is ${code}, valid for ${minutes} minutes.`,
  }
}
