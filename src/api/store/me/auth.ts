import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { beforeJson } from "../auth/response-codes"

/**
 * Personal routes take a logged-in customer whose login is complete. A token still waiting for its second factor
 * (from a login answering `mfa_required`) is refused with 401 `totp_required`; no token with 401 `unauthorized`.
 */
function codeUnauthorized(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  beforeJson(res, (status, body) => {
    if (status !== 401 || !body || typeof body !== "object" || body.code) {
      return body
    }
    return { ...body, code: /MFA/.test(String(body.message)) ? "totp_required" : "unauthorized" }
  })
  next()
}

/** Refuses a logged-in identity that has no customer yet, or whose second factor is pending. */
function requireCompleteLogin(req: MedusaRequest & { auth_context?: Record<string, unknown> }, res: MedusaResponse, next: MedusaNextFunction) {
  const ctx = req.auth_context
  if (ctx?.actor_id) {
    return next()
  }
  const pending = !!ctx?.mfa_enabled && !ctx?.mfa_challenge_completed_at
  res.status(401).json({
    type: "unauthorized",
    code: pending ? "totp_required" : "unauthorized",
    message: pending ? "Complete the second step of the login (POST /auth/mfa/challenges/{id}/verify)" : "Unauthorized",
  })
}

export const customerAuth = [
  codeUnauthorized,
  authenticate("customer", ["session", "bearer"], { allowUnregistered: true, requireMfa: true }),
  requireCompleteLogin,
]
