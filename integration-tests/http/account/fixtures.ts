import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCOUNT_MODULE } from "../../../src/modules/account"
import type AccountModuleService from "../../../src/modules/account/service"
import { LoggingSmsSender } from "../../../src/modules/account/sms/logging"
import type { Api } from "../../helpers/auth"
import { storeHeaders } from "../../helpers/auth"
import { sql } from "../loyalty/fixtures"

export { failure } from "../coupons/fixtures"
export { sql }

/** The code the logging SMS sender "texted" to a phone (E.164), read in-process through the container. */
export function lastSmsCode(container: MedusaContainer, phone: string): string {
  const sender = container.resolve<AccountModuleService>(ACCOUNT_MODULE).smsSender()
  if (!(sender instanceof LoggingSmsSender)) {
    throw new Error("tests expect the logging SMS sender")
  }
  const code = sender.lastTo(phone)?.data.code
  if (code === undefined) {
    throw new Error(`no SMS to ${phone}`)
  }
  return String(code)
}

/** Lets a phone get a new code now (moves its last code's send time out of the cooldown and window). */
export async function endOtpCooldown(container: MedusaContainer, phone: string) {
  await sql(
    container,
    `UPDATE account_otp_code SET last_sent_at = last_sent_at - interval '2 hours',
       window_started_at = window_started_at - interval '2 hours' WHERE phone = ?`,
    [phone]
  )
}

let counter = 0
/** A fresh mainland mobile number per call (E.164). */
export function freshPhone(): string {
  counter += 1
  return `+86139${String(process.pid % 10000).padStart(4, "0")}${String(counter).padStart(4, "0")}`
}

/**
 * Registers a customer by phone exactly as a storefront does: code → register → create the customer →
 * refresh the token. Returns the customer's token and headers.
 */
export async function registerByPhone(
  api: Api,
  container: MedusaContainer,
  publishableKey: string,
  phone = freshPhone(),
  customer: Record<string, unknown> = { first_name: "小红" }
) {
  await api.post("/store/auth/phone-otp/request", { phone }, storeHeaders(publishableKey))
  const code = lastSmsCode(container, phone)
  const reg = await api.post("/auth/customer/phone-otp/register", { phone, code })
  const created = await api.post("/store/auth/phone-otp/customer", customer, storeHeaders(publishableKey, reg.data.token))
  const refreshed = await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${reg.data.token}` } })
  const token = refreshed.data.token as string
  return { phone, customer: created.data.customer as { id: string; phone: string }, token, headers: storeHeaders(publishableKey, token) }
}

/** Decodes a JWT's payload (no verification: for asserting what Medusa put in it). */
export function jwtPayload(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
}
