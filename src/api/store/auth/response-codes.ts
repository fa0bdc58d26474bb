import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseCodedMessage } from "../../../modules/account/auth-provider/errors"

type Body = Record<string, unknown> | undefined

/**
 * Lets a middleware see (and amend) the JSON a later handler answers with, before it is sent. `amend` may be
 * async (e.g. releasing a reservation when the answer is an error).
 */
export function beforeJson(res: MedusaResponse, amend: (status: number, body: Body) => Body | Promise<Body>) {
  const json = res.json.bind(res)
  res.json = ((body: Body) => {
    const out = amend(res.statusCode, body)
    if (out instanceof Promise) {
      out.then(json, () => json(body))
      return res
    }
    return json(out)
  }) as MedusaResponse["json"]
}

/**
 * On Medusa's `/auth/customer/{provider}` routes: a phone-otp failure (`401 { message: "otp_invalid: …" }`) gets its
 * stable `code` (and 400 for a malformed phone); a login that needs the second factor
 * (`{ mfa_required: true, mfa_challenge, token }`) gets `code: "totp_required"`.
 */
export function liftAuthCodes(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  beforeJson(res, (status, body) => {
    if (!body || typeof body !== "object") {
      return body
    }
    if (status === 401) {
      const parsed = parseCodedMessage(body.message)
      if (parsed) {
        if (parsed.code === "phone_invalid") {
          res.status(400)
        }
        return { ...body, code: parsed.code, message: parsed.message }
      }
      return { ...body, code: body.code ?? "unauthorized" }
    }
    if (body.mfa_required === true) {
      return { ...body, code: "totp_required" }
    }
    return body
  })
  next()
}

/** Codes for Medusa's MFA errors (it answers with messages only). */
const MFA_MESSAGES: [RegExp, string][] = [
  [/^Invalid MFA challenge code/, "mfa_code_invalid"],
  [/^Invalid TOTP code/, "totp_invalid"],
  [/^Invalid MFA verification code/, "totp_invalid"],
  [/code is required to disable MFA/, "totp_code_required"],
  [/active TOTP factor already exists/, "totp_already_enrolled"],
  [/Recovery codes require an enabled MFA factor/, "totp_not_enabled"],
  [/Disabled MFA factors cannot be verified/, "totp_factor_disabled"],
  [/^MFA factor with id .* was not found/, "mfa_factor_not_found"],
  [/too many failed attempts/, "mfa_attempts_exceeded"],
  [/has expired/, "mfa_challenge_expired"],
  [/already been completed/, "mfa_challenge_completed"],
  [/^MFA challenge with id .* was not found/, "mfa_challenge_not_found"],
  [/does not support method/, "mfa_method_invalid"],
]

export function mfaErrorCode(message: unknown): string | null {
  if (typeof message !== "string") {
    return null
  }
  return MFA_MESSAGES.find(([re]) => re.test(message))?.[1] ?? null
}

/** On Medusa's `/auth/mfa/*` routes: its error messages get stable codes. */
export function liftMfaCodes(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  beforeJson(res, (status, body) => {
    if (status < 400 || !body || typeof body !== "object") {
      return body
    }
    const code = mfaErrorCode(body.message)
    return code ? { ...body, code } : body
  })
  next()
}
